using Ferry.Api.V1;

namespace Ferry.Providers;

/// <summary>
/// Which store object a client belongs to. The uid tells a store apart from a deleted-and-recreated one of the same
/// name, so a pooled client never outlives the object that authorised it. Namespace is null for a ClusterSecretStore.
/// </summary>
public readonly record struct StoreIdentity(SecretStoreKind Kind, string? Namespace, string Name, string Uid)
{
    public bool IsClusterScoped => Kind == SecretStoreKind.ClusterSecretStore;

    public override string ToString() =>
        Namespace is null ? $"{Kind}/{Name}" : $"{Kind}/{Namespace}/{Name}";
}
