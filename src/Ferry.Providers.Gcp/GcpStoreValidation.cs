using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Gcp;

namespace Ferry.Providers.Gcp;

/// <summary>ESO's ValidateStore for gcpsm: a namespaced store may only reference its own namespace.</summary>
internal static class GcpStoreValidation
{
    public static StoreValidation Validate(StoreIdentity store, SecretStoreSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Provider.GcpSecretManager is not { } gcp)
        {
            return StoreValidation.Invalid("invalid provider spec: missing GCP SM provider");
        }

        if (OutOfScope(store, gcp.Auth?.SecretRef?.SecretAccessKeySecretRef?.Namespace))
        {
            return StoreValidation.Invalid($"invalid auth.secretRef.secretAccessKeySecretRef: {SecretReferenceScope.NamespaceNotAllowedMessage}");
        }

        if (OutOfScope(store, gcp.Auth?.WorkloadIdentity?.ServiceAccountRef.Namespace)
            || OutOfScope(store, gcp.Auth?.WorkloadIdentityFederation?.ServiceAccountRef?.Namespace))
        {
            return StoreValidation.Invalid($"invalid serviceAccountRef: {SecretReferenceScope.NamespaceNotAllowedMessage}");
        }

        if (OutOfScope(store, gcp.Auth?.WorkloadIdentityFederation?.CredConfig?.Namespace))
        {
            return StoreValidation.Invalid($"invalid auth.workloadIdentityFederation.credConfig: {SecretReferenceScope.NamespaceNotAllowedMessage}");
        }

        if (OutOfScope(store, gcp.Auth?.WorkloadIdentityFederation?.AwsSecurityCredentials?.AwsCredentialsSecretRef.Namespace))
        {
            return StoreValidation.Invalid($"invalid auth.workloadIdentityFederation.awsSecurityCredentials.awsCredentialsSecretRef: {SecretReferenceScope.NamespaceNotAllowedMessage}");
        }

        return StoreValidation.Valid;
    }

    /// <summary>A ClusterSecretStore whose credentials name no namespace reads them in each consumer's namespace.</summary>
    public static bool IsReferent(StoreIdentity store, GcpSecretManagerProvider gcp) =>
        store.IsClusterScoped
        && ((gcp.Auth?.SecretRef?.SecretAccessKeySecretRef is { Namespace: null })
            || (gcp.Auth?.WorkloadIdentity?.ServiceAccountRef is { Namespace: null })
            || (gcp.Auth?.WorkloadIdentityFederation?.ServiceAccountRef is { Namespace: null })
            || (gcp.Auth?.WorkloadIdentityFederation?.CredConfig is { Namespace: null })
            || (gcp.Auth?.WorkloadIdentityFederation?.AwsSecurityCredentials?.AwsCredentialsSecretRef is { Namespace: null }));

    private static bool OutOfScope(StoreIdentity store, string? ns) =>
        !store.IsClusterScoped && ns is not null && ns != store.Namespace;
}
