using Ferry.Runtime.Client;
using k8s.Models;

namespace Ferry.Dev;

/// <summary>
/// Maps a manifest's apiVersion and kind to the resource that serves it, from discovery: the core group, the
/// CustomResourceDefinitions the cluster holds, and the few built-in groups the local cluster serves. Refresh it
/// after installing CRDs.
/// </summary>
internal sealed class ApiResourceCatalog
{
    private static readonly ResourceType Crds = ResourceType.For<V1CustomResourceDefinition>();

    private readonly Dictionary<(string ApiVersion, string Kind), ApiResource> _byKind = [];

    public static async Task<ApiResourceCatalog> LoadAsync(IKubeClient client, CancellationToken cancellationToken)
    {
        var catalog = new ApiResourceCatalog();
        await catalog.RefreshAsync(client, cancellationToken);
        return catalog;
    }

    public async Task RefreshAsync(IKubeClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        foreach (var (type, namespaced) in BuiltIn)
        {
            _byKind[(type.ApiVersion, type.Kind)] = new ApiResource(type, namespaced);
        }

        var crds = await client.ListAsync<V1CustomResourceDefinition>(Crds, null, null, cancellationToken);
        foreach (var crd in crds.Items)
        {
            var namespaced = string.Equals(crd.Spec.Scope, "Namespaced", StringComparison.Ordinal);
            foreach (var version in crd.Spec.Versions.Where(v => v.Served))
            {
                var type = new ResourceType(crd.Spec.Group, version.Name, crd.Spec.Names.Plural, crd.Spec.Names.Kind);
                _byKind[(type.ApiVersion, type.Kind)] = new ApiResource(type, namespaced);
            }
        }
    }

    public ApiResource? Find(string apiVersion, string kind) => _byKind.GetValueOrDefault((apiVersion, kind));

    /// <summary>The built-in kinds the local cluster serves (its discovery documents list the same).</summary>
    private static IEnumerable<(ResourceType Type, bool Namespaced)> BuiltIn =>
    [
        (ResourceType.For<V1Namespace>(), false),
        (ResourceType.For<V1Secret>(), true),
        (ResourceType.For<V1ConfigMap>(), true),
        (ResourceType.For<V1ServiceAccount>(), true),
        (ResourceType.For<Corev1Event>(), true),
        (ResourceType.For<Eventsv1Event>(), true),
        (ResourceType.For<V1Lease>(), true),
        (Crds, false),
    ];
}
