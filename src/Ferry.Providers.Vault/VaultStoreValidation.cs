using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Vault;
using Ferry.Providers.Vault.Auth;

namespace Ferry.Providers.Vault;

/// <summary>Static checks of a vault store (ESO's validate.go): a server, one usable auth method, references in scope.</summary>
internal static class VaultStoreValidation
{
    public static StoreValidation Validate(StoreIdentity store, VaultProvider? spec)
    {
        if (spec is null)
        {
            return StoreValidation.Invalid("missing store provider vault");
        }

        if (!Uri.TryCreate(spec.Server, UriKind.Absolute, out var server) || (server.Scheme != "http" && server.Scheme != "https"))
        {
            return StoreValidation.Invalid("vault server must be an absolute http or https URL");
        }

        var auth = spec.Auth;
        if (auth is null)
        {
            return StoreValidation.Invalid(VaultLogins.NoMethodMessage);
        }

        if (auth.AppRole is { } appRole && string.IsNullOrEmpty(appRole.RoleId) && appRole.RoleRef is null)
        {
            return StoreValidation.Invalid("vault appRole: roleId or roleRef must be set");
        }

        if (auth.Jwt is { } jwt && jwt.SecretRef is null && jwt.KubernetesServiceAccountToken is null)
        {
            return StoreValidation.Invalid("vault jwt: secretRef or kubernetesServiceAccountToken must be set");
        }

        if (auth.Cert is { } cert && (cert.ClientCert is null || cert.SecretRef is null))
        {
            return StoreValidation.Invalid("vault cert: clientCert and secretRef must be set");
        }

        if (auth.Iam is not null || auth.Gcp is not null)
        {
            return StoreValidation.Invalid($"vault auth method {(auth.Iam is not null ? "iam" : "gcp")} is not supported by Ferry yet");
        }

        if (auth.TokenSecretRef is null && auth.AppRole is null && auth.Kubernetes is null && auth.Ldap is null
            && auth.UserPass is null && auth.Jwt is null && auth.Cert is null)
        {
            return StoreValidation.Invalid(VaultLogins.NoMethodMessage);
        }

        if (!store.IsClusterScoped && References(spec).Any(ns => !string.IsNullOrEmpty(ns) && ns != store.Namespace))
        {
            return StoreValidation.Invalid(SecretReferenceScope.NamespaceNotAllowedMessage);
        }

        return StoreValidation.Valid;
    }

    /// <summary>
    /// Referent authentication: a ClusterSecretStore whose credentials are read from the consuming namespace because
    /// a reference names none.
    /// </summary>
    public static bool IsReferent(StoreIdentity store, VaultProvider spec) =>
        store.IsClusterScoped && References(spec).Any(string.IsNullOrEmpty);

    // The namespace of every Secret or ServiceAccount the auth block refers to.
    private static IEnumerable<string?> References(VaultProvider spec)
    {
        var auth = spec.Auth;
        if (auth is null)
        {
            yield break;
        }

        IEnumerable<SecretKeySelector?> selectors =
        [
            auth.TokenSecretRef, auth.AppRole?.RoleRef, auth.AppRole?.SecretRef, auth.Kubernetes?.SecretRef,
            auth.Ldap?.SecretRef, auth.UserPass?.SecretRef, auth.Jwt?.SecretRef, auth.Cert?.ClientCert, auth.Cert?.SecretRef,
        ];
        foreach (var selector in selectors.OfType<SecretKeySelector>())
        {
            yield return selector.Namespace;
        }

        if (auth.Kubernetes?.ServiceAccountRef is { } serviceAccount)
        {
            yield return serviceAccount.Namespace;
        }

        if (auth.Jwt?.KubernetesServiceAccountToken?.ServiceAccountRef is { } jwtAccount)
        {
            yield return jwtAccount.Namespace;
        }
    }
}
