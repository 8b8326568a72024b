using Ferry.Api.V1.Providers.Aws;

namespace Ferry.Providers.Aws;

/// <summary>Static checks of an aws store spec (ESO's ValidateStore), without I/O.</summary>
internal static class AwsStoreValidation
{
    public static StoreValidation Validate(StoreIdentity store, AwsProvider? spec)
    {
        if (spec is null)
        {
            return StoreValidation.Invalid("missing store provider aws");
        }

        if (string.IsNullOrEmpty(spec.Region))
        {
            return StoreValidation.Invalid("region is required");
        }

        switch (spec.Service)
        {
            case null:
                return StoreValidation.Invalid("service is required");
            case AwsServiceType.CertificateManager:
                return StoreValidation.Invalid("service CertificateManager is not supported by Ferry; use SecretsManager or ParameterStore");
        }

        if (spec.SecretsManager is { } settings)
        {
            if (settings.ForceDeleteWithoutRecovery == true && settings.RecoveryWindowInDays is not null)
            {
                return StoreValidation.Invalid("invalid SecretsManager settings: ForceDeleteWithoutRecovery conflicts with RecoveryWindowInDays");
            }

            if (settings.RecoveryWindowInDays is < 7 or > 30)
            {
                return StoreValidation.Invalid("invalid SecretsManager settings: RecoveryWindowInDays must be between 7 and 30 days");
            }
        }

        var refs = new List<string?>();
        if (spec.Auth?.SecretRef is { } secretRef)
        {
            refs.AddRange([secretRef.AccessKeyIDSecretRef?.Namespace, secretRef.SecretAccessKeySecretRef?.Namespace, secretRef.SessionTokenSecretRef?.Namespace]);
            if (secretRef.AccessKeyIDSecretRef is null || secretRef.SecretAccessKeySecretRef is null)
            {
                return StoreValidation.Invalid("auth.secretRef needs accessKeyIDSecretRef and secretAccessKeySecretRef");
            }
        }

        if (spec.Auth?.Jwt is { } jwt)
        {
            if (jwt.ServiceAccountRef is null)
            {
                return StoreValidation.Invalid("auth.jwt.serviceAccountRef is required");
            }

            refs.Add(jwt.ServiceAccountRef.Namespace);
        }

        // A namespaced store may only reference its own namespace (ESO's ValidateSecretSelector).
        return !store.IsClusterScoped && refs.Any(ns => !string.IsNullOrEmpty(ns) && ns != store.Namespace)
            ? StoreValidation.Invalid(SecretReferenceScope.NamespaceNotAllowedMessage)
            : StoreValidation.Valid;
    }

    /// <summary>ESO's referent auth: a ClusterSecretStore whose credentials live in each consumer's namespace.</summary>
    public static bool IsReferentAuth(StoreIdentity store, AwsProvider spec)
    {
        if (!store.IsClusterScoped)
        {
            return false;
        }

        return spec.Auth switch
        {
            { Jwt.ServiceAccountRef: { } account } => string.IsNullOrEmpty(account.Namespace),
            { SecretRef: { } secretRef } => string.IsNullOrEmpty(secretRef.AccessKeyIDSecretRef?.Namespace)
                || string.IsNullOrEmpty(secretRef.SecretAccessKeySecretRef?.Namespace),
            _ => false,
        };
    }
}
