using System.Text.Json.Nodes;

namespace Ferry.Dev;

/// <summary>One object read from a manifest file, with where it came from (for messages).</summary>
internal sealed record ManifestObject(string File, int Document, JsonObject Body)
{
    public string ApiVersion => Body["apiVersion"]?.GetValue<string>() ?? string.Empty;

    public string Kind => Body["kind"]?.GetValue<string>() ?? string.Empty;

    public string Name => Body["metadata"]?["name"]?.GetValue<string>() ?? string.Empty;

    public string? Namespace => Body["metadata"]?["namespace"]?.GetValue<string>();

    /// <summary><c>Kind namespace/name</c>, or <c>Kind name</c> for cluster-scoped objects.</summary>
    public string Display => Namespace is null ? $"{Kind} {Name}" : $"{Kind} {Namespace}/{Name}";
}
