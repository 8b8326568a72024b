using System.Text;
using System.Text.Json;
using Ferry.Testing;

namespace Ferry.Templating.Tests.Compatibility;

/// <summary>
/// Reads corpus.jsonl and expected.jsonl (written by tools/gotemplate-oracle from Go's text/template). A case's
/// "go126" object overrides Go 1.19's result where Go 1.26, which ESO runs, behaves differently.
/// </summary>
internal static class CompatibilityCorpus
{
    private static readonly Lazy<Dictionary<string, CompatibilityCase>> Cases = new(Load);

    public static string Folder => Path.Combine(RepoPaths.RepoRoot, "tests", "Ferry.Templating.Tests", "Compatibility");

    public static IReadOnlyDictionary<string, CompatibilityCase> All => Cases.Value;

    private static Dictionary<string, CompatibilityCase> Load()
    {
        var expected = new Dictionary<string, JsonElement>();
        foreach (var line in File.ReadLines(Path.Combine(Folder, "expected.jsonl")).Where(l => l.Length > 0))
        {
            var element = JsonDocument.Parse(line).RootElement;
            expected[element.GetProperty("name").GetString()!] = element;
        }

        var cases = new Dictionary<string, CompatibilityCase>();
        foreach (var line in File.ReadLines(Path.Combine(Folder, "corpus.jsonl")).Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal)))
        {
            var item = JsonDocument.Parse(line).RootElement;
            var name = item.GetProperty("name").GetString()!;
            var result = item.TryGetProperty("go126", out var go126) ? go126 : expected[name];
            cases[name] = new CompatibilityCase(
                name,
                item.GetProperty("template").GetString()!,
                item.TryGetProperty("data", out var data) ? data : null,
                Text(item, "dataKind") ?? "strings",
                Text(item, "missingkey") ?? "",
                Text(item, "left") ?? "",
                Text(item, "right") ?? "",
                Text(item, "tplName") ?? "k",
                Output(result),
                Text(result, "error"));
        }

        return cases;
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? value.GetString() : null;

    private static byte[]? Output(JsonElement result)
    {
        if (result.TryGetProperty("outputBase64", out var b64))
        {
            return b64.GetBytesFromBase64();
        }

        if (result.TryGetProperty("error", out _))
        {
            return null;
        }

        return Encoding.UTF8.GetBytes(Text(result, "output") ?? "");
    }
}
