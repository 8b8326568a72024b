namespace Ferry.Providers.Pooling;

/// <summary>
/// Which pooled client a caller may share: one per store and consuming namespace (a ClusterSecretStore with
/// referent auth authenticates differently per namespace, so namespaces never share a session), at one
/// credentials version.
/// </summary>
public readonly record struct StoreClientKey(StoreIdentity Store, string? ConsumerNamespace, CredentialsVersion Credentials);
