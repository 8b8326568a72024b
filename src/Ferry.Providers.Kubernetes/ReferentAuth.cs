using Ferry.Api.V1.Providers.Kubernetes;

namespace Ferry.Providers.Kubernetes;

/// <summary>
/// ESO's isReferentSpec: on a ClusterSecretStore, a credential reference without a namespace means "in the namespace
/// of the object using the store", so it can only be resolved once a consumer is known.
/// </summary>
internal static class ReferentAuth
{
    public static bool IsReferent(KubernetesProvider spec)
    {
        var auth = spec.Auth;
        if (auth is null)
        {
            return false;
        }

        if (auth.Cert is { } cert && (cert.ClientCert.Namespace is null || cert.ClientKey.Namespace is null))
        {
            return true;
        }

        if (auth.ServiceAccount is { Namespace: null })
        {
            return true;
        }

        return auth.Token is { BearerToken.Namespace: null };
    }
}
