using System.Text.Json.Nodes;

namespace Ferry.Schemas.Values;

/// <summary>
/// A canonical text for a JSON value: equal under <see cref="JsonEquality"/> exactly when the texts are equal, so
/// duplicate detection and correlation use hash lookups instead of comparing every pair.
/// </summary>
internal static class JsonKeys
{
    public static string Of(JsonNode? node) => $"{(int)JsonKinds.Of(node)}:{GoFormat.GoSyntax(node)}";

    /// <summary>The key of a map-list item: its key fields, absent ones distinct from null.</summary>
    public static string OfFields(JsonObject item, IEnumerable<string> fields) =>
        string.Join("\u0000", fields.Select(f => item.TryGetPropertyValue(f, out var v) ? Of(v) : "-"));
}
