namespace Ferry.Providers;

/// <summary>
/// ESO's namespace rules for a Secret a store references (runtime/esutils/resolvers): a SecretStore reads only its
/// own namespace; a ClusterSecretStore reads the namespace the selector names, or else the namespace of the object
/// being reconciled ("referent auth").
/// </summary>
public static class SecretReferenceScope
{
    public const string NamespaceNotAllowedMessage =
        "namespace should either be empty or match the namespace of the SecretStore for a namespaced SecretStore";

    public const string ClusterScopeRequiresNamespaceMessage = "cluster scope requires namespace";

    /// <summary>The namespace to read the referenced Secret from.</summary>
    /// <exception cref="ProviderException">The reference escapes the store's scope, or no namespace can be chosen.</exception>
    public static string ResolveNamespace(StoreIdentity store, string? consumerNamespace, string? selectorNamespace)
    {
        if (!store.IsClusterScoped)
        {
            if (!string.IsNullOrEmpty(selectorNamespace) && selectorNamespace != store.Namespace)
            {
                throw new ProviderException(NamespaceNotAllowedMessage);
            }

            return store.Namespace ?? throw new ProviderException(NamespaceNotAllowedMessage);
        }

        if (!string.IsNullOrEmpty(selectorNamespace))
        {
            return selectorNamespace;
        }

        return string.IsNullOrEmpty(consumerNamespace)
            ? throw new ProviderException(ClusterScopeRequiresNamespaceMessage)
            : consumerNamespace;
    }
}
