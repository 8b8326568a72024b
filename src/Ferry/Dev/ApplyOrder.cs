using Ferry.Api.V1;

namespace Ferry.Dev;

/// <summary>
/// The order objects are applied in, so each finds what it refers to: namespaces, then CRDs, then the Secrets,
/// ConfigMaps and ServiceAccounts stores read credentials from, then the stores, then everything else
/// (ExternalSecrets and the rest). Within a rank the order of the files is kept.
/// </summary>
internal static class ApplyOrder
{
    public const int Namespaces = 0;
    public const int Definitions = 1;
    public const int CoreObjects = 2;
    public const int Stores = 3;
    public const int Rest = 4;

    public static int Rank(ManifestObject manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return (manifest.ApiVersion, manifest.Kind) switch
        {
            ("v1", "Namespace") => Namespaces,
            ("apiextensions.k8s.io/v1", "CustomResourceDefinition") => Definitions,
            ("v1", "Secret" or "ConfigMap" or "ServiceAccount") => CoreObjects,
            (ExternalSecret.GroupVersion, SecretStore.KubeKind or ClusterSecretStore.KubeKind) => Stores,
            _ => Rest,
        };
    }

    public static IReadOnlyList<ManifestObject> Sort(IEnumerable<ManifestObject> manifests) =>
        [.. manifests.Select((manifest, index) => (manifest, index))
            .OrderBy(item => Rank(item.manifest))
            .ThenBy(item => item.index)
            .Select(item => item.manifest)];
}
