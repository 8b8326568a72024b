using Ferry.Api.V1;
using Ferry.Providers;

namespace Ferry.Controllers.ExternalSecrets;

/// <summary>
/// The stores an ExternalSecret reads through: spec.secretStoreRef and every data[]/dataFrom[] sourceRef.storeRef.
/// Keys are written as <c>Kind/namespace/name</c> (empty namespace for a ClusterSecretStore), the form the store
/// index and <see cref="Stores.IStoreDependents"/> share.
/// </summary>
internal static class StoreReferences
{
    public static IEnumerable<string> IndexKeys(ExternalSecret externalSecret)
    {
        var ns = externalSecret.Metadata.NamespaceProperty ?? "";
        return All(externalSecret.Spec).Select(r => Key(r.Kind, r.Kind == SecretStoreKind.ClusterSecretStore ? null : ns, r.Name)).Distinct(StringComparer.Ordinal);
    }

    public static string Key(StoreIdentity store) =>
        Key(store.Kind, store.IsClusterScoped ? null : store.Namespace, store.Name);

    public static string Key(SecretStoreKind kind, string? ns, string name) => $"{kind}/{ns}/{name}";

    /// <summary>Every store reference with its kind resolved ("" is SecretStore).</summary>
    public static IEnumerable<(SecretStoreKind Kind, string Name)> All(ExternalSecretSpec spec)
    {
        if (Resolve(spec.SecretStoreRef) is { } main)
        {
            yield return main;
        }

        foreach (var data in spec.Data ?? [])
        {
            if (Resolve(data.SourceRef?.StoreRef) is { } reference)
            {
                yield return reference;
            }
        }

        foreach (var dataFrom in spec.DataFrom ?? [])
        {
            if (Resolve(dataFrom.SourceRef?.StoreRef) is { } reference)
            {
                yield return reference;
            }
        }
    }

    public static (SecretStoreKind Kind, string Name)? Resolve(SecretStoreRef? reference) =>
        reference is { Name: { Length: > 0 } name } ? (reference.Kind ?? SecretStoreKind.SecretStore, name) : null;
}
