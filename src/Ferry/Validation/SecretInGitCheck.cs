using System.Text.Json.Nodes;

namespace Ferry.Validation;

/// <summary>
/// Flags a core Secret whose manifest carries values, because a manifest in a repository is a secret committed to
/// Git. Two cases pass: a SOPS-encrypted Secret (a top-level <c>sops</c> block and every value <c>ENC[...]</c>), and
/// a Secret annotated <see cref="ExceptionAnnotation"/> with a reason, a reviewed exception. Only key names are
/// ever reported, never values.
/// </summary>
internal static class SecretInGitCheck
{
    public const string ExceptionAnnotation = "validate.ferry.dev/allow-secret-in-git";

    private static readonly string[] Sections = ["data", "stringData"];

    public static bool Applies(string apiVersion, string kind) => apiVersion == "v1" && kind == "Secret";

    public static IReadOnlyList<FieldIssue> Check(JsonObject secret)
    {
        var withValues = Sections
            .Select(section => (Section: section, Keys: KeysWithValues(secret[section])))
            .Where(found => found.Keys.Count > 0)
            .ToList();
        if (withValues.Count == 0)
        {
            return [];
        }

        if (secret["metadata"]?["annotations"] is JsonObject annotations && annotations.ContainsKey(ExceptionAnnotation))
        {
            var reason = annotations[ExceptionAnnotation] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
            return string.IsNullOrWhiteSpace(reason)
                ? [new($"metadata.annotations[{ExceptionAnnotation}]", "the exception annotation needs a reason: say why this Secret may live in Git")]
                : [];
        }

        if (secret["sops"] is JsonObject)
        {
            return [.. withValues
                .Select(found => (found.Section, Keys: found.Keys.Where(key => !IsSopsEncrypted(secret[found.Section]![key])).ToList()))
                .Where(found => found.Keys.Count > 0)
                .Select(found => new FieldIssue(found.Section, $"a secret committed to Git: the SOPS-encrypted Secret has plain values for {KeyList(found.Keys)}"))];
        }

        return [.. withValues.Select(found => new FieldIssue(
            found.Section,
            $"a secret committed to Git: {found.Section} holds values for {KeyList(found.Keys)}; fetch them with an ExternalSecret, encrypt them with SOPS, or annotate {ExceptionAnnotation} with the reason"))];
    }

    /// <summary>Keys whose value is not empty: an empty value discloses nothing.</summary>
    private static List<string> KeysWithValues(JsonNode? section) =>
        section is JsonObject map
            ? [.. map.Where(entry => entry.Value is not null && !(entry.Value is JsonValue v && v.TryGetValue<string>(out var s) && s.Length == 0)).Select(entry => entry.Key)]
            : [];

    private static bool IsSopsEncrypted(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<string>(out var text) && text.StartsWith("ENC[", StringComparison.Ordinal) && text.EndsWith(']');

    private static string KeyList(List<string> keys) => (keys.Count == 1 ? "key " : "keys ") + string.Join(", ", keys);
}
