using System.Text;
using System.Text.Json.Nodes;
using Ferry.Templating.Eso;

namespace Ferry.Rendering;

/// <summary>templateFrom sources read from ConfigMap and Secret manifests (for `ferry render --template-from`).</summary>
internal sealed class ManifestTemplateSources : ITemplateSourceReader
{
    private readonly Dictionary<string, Dictionary<string, string>> _configMaps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, byte[]>> _secrets = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string>? ReadConfigMap(string name) => _configMaps.GetValueOrDefault(name);

    public IReadOnlyDictionary<string, byte[]>? ReadSecret(string name) => _secrets.GetValueOrDefault(name);

    /// <summary>Adds a ConfigMap or Secret manifest; other kinds are rejected so a typo does not go unnoticed.</summary>
    public void Add(JsonObject manifest, string source)
    {
        var kind = manifest["kind"]?.GetValue<string>();
        var name = manifest["metadata"]?["name"]?.GetValue<string>()
            ?? throw new RenderException($"{source}: a {kind} without metadata.name");
        switch (kind)
        {
            case "ConfigMap":
                var data = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (key, value) in manifest["data"]?.AsObject() ?? [])
                {
                    data[key] = value?.GetValue<string>() ?? "";
                }

                foreach (var (key, value) in manifest["binaryData"]?.AsObject() ?? [])
                {
                    data[key] = Encoding.UTF8.GetString(DecodeBase64(value, source, key));
                }

                _configMaps[name] = data;
                break;
            case "Secret":
                var bytes = new Dictionary<string, byte[]>(StringComparer.Ordinal);
                foreach (var (key, value) in manifest["data"]?.AsObject() ?? [])
                {
                    bytes[key] = DecodeBase64(value, source, key);
                }

                foreach (var (key, value) in manifest["stringData"]?.AsObject() ?? [])
                {
                    bytes[key] = Encoding.UTF8.GetBytes(value?.GetValue<string>() ?? "");
                }

                _secrets[name] = bytes;
                break;
            default:
                throw new RenderException($"{source}: --template-from takes ConfigMaps and Secrets, not {kind}");
        }
    }

    private static byte[] DecodeBase64(JsonNode? value, string source, string key)
    {
        try
        {
            return Convert.FromBase64String(value?.GetValue<string>() ?? "");
        }
        catch (FormatException)
        {
            throw new RenderException($"{source}: the value at key {key} is not base64");
        }
    }
}
