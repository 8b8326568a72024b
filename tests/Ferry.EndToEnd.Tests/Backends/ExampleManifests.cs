using Ferry.Testing;

namespace Ferry.EndToEnd.Tests.Backends;

/// <summary>
/// The manifests of examples/&lt;backend&gt; as a reader applies them: the named files joined into one stream, with
/// the placeholders a reader fills in (addresses, IDs, namespaces) replaced. Every replacement must find its
/// placeholder, so an example that drifts from the test fails here instead of silently testing something else.
/// </summary>
internal static class ExampleManifests
{
    public static string Load(string backend, IReadOnlyList<string> files, params (string Placeholder, string Value)[] replacements)
    {
        var folder = Path.Combine(RepoPaths.RepoRoot, "examples", backend);
        var text = string.Join("\n---\n", files.Select(file => File.ReadAllText(Path.Combine(folder, file)).TrimEnd()));
        foreach (var (placeholder, value) in replacements)
        {
            if (!text.Contains(placeholder, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"examples/{backend} ({string.Join(", ", files)}) no longer contains '{placeholder}'.");
            }

            text = text.Replace(placeholder, value, StringComparison.Ordinal);
        }

        return text + "\n";
    }

    /// <summary>A YAML double-quoted scalar (JSON string syntax is valid YAML), for values with any characters.</summary>
    public static string Quote(string value) => System.Text.Json.JsonSerializer.Serialize(value);
}
