using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ferry.Api.Serialization;
using Ferry.Api.V1;
using Ferry.Controllers.ExternalSecrets;
using Ferry.Manifests;
using Ferry.Templating.Eso;

namespace Ferry.Rendering;

/// <summary>
/// `ferry render`: the Secret an ExternalSecret's target would get from a given secretKey-to-value map, offline,
/// through the same template code the controller runs. Errors name the template and key, never a value.
/// </summary>
internal static class RenderRun
{
    public static int Run(
        string externalSecretPath,
        string dataPath,
        IReadOnlyList<string> templateFromPaths,
        string? left,
        string? right,
        TextWriter stdout,
        TextWriter stderr)
    {
        try
        {
            var externalSecret = ReadExternalSecret(externalSecretPath);
            var data = ReadData(dataPath);
            var sources = new ManifestTemplateSources();
            foreach (var path in templateFromPaths)
            {
                foreach (var document in ReadYaml(path))
                {
                    if (document.Content is JsonObject manifest)
                    {
                        sources.Add(manifest, $"{path}:{document.Line}");
                    }
                }
            }

            var renderer = new ExternalSecretRenderer(left ?? "{{", right ?? "}}");
            var secret = renderer.Render(externalSecret, data, sources);
            var name = externalSecret.Spec.Target?.Name ?? externalSecret.Metadata.Name ?? "";
            stdout.Write(SecretManifestWriter.Write(secret, name, externalSecret.Metadata.NamespaceProperty));
            return 0;
        }
        catch (Exception exception) when (exception is RenderException or SecretTemplateException or YamlFormatException
            or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: {exception.Message}");
            return 1;
        }
    }

    private static IReadOnlyList<YamlDocument> ReadYaml(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return YamlDocumentReader.Read(reader);
    }

    private static ExternalSecret ReadExternalSecret(string path)
    {
        var manifest = ReadYaml(path).Select(d => d.Content).OfType<JsonObject>()
            .FirstOrDefault(o => o["kind"]?.GetValueKind() == JsonValueKind.String && o["kind"]!.GetValue<string>() == "ExternalSecret")
            ?? throw new RenderException($"{path}: no ExternalSecret found");
        if (manifest["spec"]?["target"]?["template"]?["engineVersion"] is JsonValue version
            && version.GetValueKind() == JsonValueKind.String && version.GetValue<string>() != "v2")
        {
            throw new RenderException(
                $"{path}: template engineVersion {version.GetValue<string>()} is not supported: ESO 2.x and Ferry only run v2");
        }

        try
        {
            return manifest.Deserialize(FerryJsonContext.Default.ExternalSecret)
                ?? throw new RenderException($"{path}: the ExternalSecret is empty");
        }
        catch (JsonException exception)
        {
            throw new RenderException($"{path}: not a valid ExternalSecret at {exception.Path}");
        }
    }

    /// <summary>The data file: a YAML (or JSON) map of secret key to value; scalars are taken as their text.</summary>
    private static Dictionary<string, byte[]> ReadData(string path)
    {
        var documents = ReadYaml(path);
        var content = documents.Count > 0 ? documents[0].Content : null;
        if (content is not JsonObject map)
        {
            throw new RenderException($"{path}: expected a map of secret keys to values");
        }

        var data = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (key, value) in map)
        {
            data[key] = value switch
            {
                JsonValue scalar when scalar.GetValueKind() == JsonValueKind.String => Encoding.UTF8.GetBytes(scalar.GetValue<string>()),
                JsonValue scalar => Encoding.UTF8.GetBytes(scalar.ToJsonString()),
                null => [],
                _ => throw new RenderException($"{path}: the value at key {key} is not a string"),
            };
        }

        return data;
    }
}
