using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Kubernetes;

namespace Ferry.Providers.Kubernetes;

/// <summary>ESO's ValidateStore for the kubernetes provider: static checks, with ESO's error texts.</summary>
internal static class KubernetesStoreValidator
{
    public static StoreValidation Validate(StoreIdentity store, KubernetesProvider spec)
    {
        var error = FindError(store, spec);
        return error is null ? StoreValidation.Valid : StoreValidation.Invalid(error);
    }

    private static string? FindError(StoreIdentity store, KubernetesProvider spec)
    {
        var caProvider = spec.Server?.CaProvider;
        if (store.IsClusterScoped && caProvider is { Namespace: null })
        {
            return "CAProvider.namespace must not be empty with ClusterSecretStore";
        }

        if (!store.IsClusterScoped && caProvider is { Namespace: not null })
        {
            return "CAProvider.namespace must be empty with SecretStore";
        }

        if (spec.Auth is not { } auth)
        {
            return null;
        }

        if (auth.Cert is { } cert)
        {
            return RequireSelector(store, cert.ClientCert, "ClientCert");
        }

        if (auth.Token is { } token)
        {
            return RequireSelector(store, token.BearerToken, "BearerToken");
        }

        if (auth.ServiceAccount is { } account && !store.IsClusterScoped && account.Namespace is not null
            && account.Namespace != store.Namespace)
        {
            return "namespace should either be empty or match the namespace of the SecretStore for a namespaced SecretStore";
        }

        return null;
    }

    private static string? RequireSelector(StoreIdentity store, SecretKeySelector selector, string field)
    {
        if (string.IsNullOrEmpty(selector.Name))
        {
            return $"{field}.Name cannot be empty";
        }

        if (string.IsNullOrEmpty(selector.Key))
        {
            return $"{field}.Key cannot be empty";
        }

        if (!store.IsClusterScoped && selector.Namespace is not null && selector.Namespace != store.Namespace)
        {
            return SecretReferenceScope.NamespaceNotAllowedMessage;
        }

        return null;
    }
}
