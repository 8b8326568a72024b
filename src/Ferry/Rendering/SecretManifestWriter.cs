using System.Text;
using System.Text.Json;
using Ferry.Templating.Eso;

namespace Ferry.Rendering;

/// <summary>Writes a rendered Secret as a v1 Secret manifest in YAML (strings double-quoted, data base64).</summary>
internal static class SecretManifestWriter
{
    public static string Write(RenderedSecret secret, string name, string? @namespace)
    {
        var output = new StringBuilder();
        output.Append("apiVersion: v1\nkind: Secret\nmetadata:\n");
        output.Append("  name: ").Append(Quote(name)).Append('\n');
        if (!string.IsNullOrEmpty(@namespace))
        {
            output.Append("  namespace: ").Append(Quote(@namespace)).Append('\n');
        }

        WriteMap(output, "labels", secret.Labels);
        WriteMap(output, "annotations", secret.Annotations);
        output.Append("type: ").Append(Quote(secret.Type ?? "Opaque")).Append('\n');
        if (secret.Data.Count == 0)
        {
            output.Append("data: {}\n");
            return output.ToString();
        }

        output.Append("data:\n");
        foreach (var (key, value) in secret.Data)
        {
            output.Append("  ").Append(Quote(key)).Append(": ").Append(Quote(Convert.ToBase64String(value))).Append('\n');
        }

        return output.ToString();
    }

    private static void WriteMap(StringBuilder output, string field, SortedDictionary<string, string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        output.Append("  ").Append(field).Append(":\n");
        foreach (var (key, value) in values)
        {
            output.Append("    ").Append(Quote(key)).Append(": ").Append(Quote(value)).Append('\n');
        }
    }

    /// <summary>A JSON string is a valid YAML double-quoted scalar.</summary>
    private static string Quote(string text) => JsonSerializer.Serialize(text, RenderJsonContext.Default.String);
}
