using Ferry.Api.V1;
using Ferry.Runtime.Client;
using Ferry.Templating.Eso;
using k8s.Models;

namespace Ferry.Controllers.ExternalSecrets;

/// <summary>
/// The ConfigMaps and Secrets a template's templateFrom names, read from the API before rendering (ESO reads them
/// directly too; caching every ConfigMap and Secret of the cluster is what Ferry avoids). Only ExternalSecrets
/// that use templateFrom sources pay these reads, and only when they sync.
/// </summary>
internal sealed class TemplateSources : ITemplateSourceReader
{
    public static readonly TemplateSources None = new();

    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _configMaps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyDictionary<string, byte[]>> _secrets = new(StringComparer.Ordinal);

    public static async Task<ITemplateSourceReader> LoadAsync(IKubeClient client, ExternalSecret externalSecret, CancellationToken cancellationToken)
    {
        var from = externalSecret.Spec.Target?.Template?.TemplateFrom;
        if (from is null || from.All(f => f.ConfigMap is null && f.Secret is null))
        {
            return None;
        }

        var ns = externalSecret.Metadata.NamespaceProperty;
        var sources = new TemplateSources();
        foreach (var entry in from)
        {
            if (entry.ConfigMap is { } configMap && !sources._configMaps.ContainsKey(configMap.Name)
                && await client.GetAsync<V1ConfigMap>(ResourceType.For<V1ConfigMap>(), ns, configMap.Name, cancellationToken) is { } map)
            {
                var data = new Dictionary<string, string>(map.Data ?? new Dictionary<string, string>(), StringComparer.Ordinal);
                sources._configMaps[configMap.Name] = data;
            }

            if (entry.Secret is { } secret && !sources._secrets.ContainsKey(secret.Name)
                && await client.GetAsync<V1Secret>(ResourceType.For<V1Secret>(), ns, secret.Name, cancellationToken) is { } found)
            {
                sources._secrets[secret.Name] = new Dictionary<string, byte[]>(found.Data ?? new Dictionary<string, byte[]>(), StringComparer.Ordinal);
            }
        }

        return sources;
    }

    public IReadOnlyDictionary<string, string>? ReadConfigMap(string name) => _configMaps.GetValueOrDefault(name);

    public IReadOnlyDictionary<string, byte[]>? ReadSecret(string name) => _secrets.GetValueOrDefault(name);
}
