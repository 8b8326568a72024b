using Ferry.Api.V1;
using Ferry.Api.V1.Providers.AzureKeyVault;

namespace Ferry.Providers.Azure;

/// <summary>ESO's ValidateStore for azurekv: referenced Secrets and ServiceAccount within scope, custom cloud rules.</summary>
internal static class AzureStoreValidation
{
    public static StoreValidation Validate(StoreIdentity store, SecretStoreSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Provider.AzureKeyVault is not { } azure)
        {
            return StoreValidation.Invalid("invalid azure keyvault provider");
        }

        if (string.IsNullOrEmpty(azure.VaultUrl) || !Uri.TryCreate(azure.VaultUrl, UriKind.Absolute, out _))
        {
            return StoreValidation.Invalid("vaultUrl must be an absolute URL");
        }

        if (azure.AuthSecretRef is { } auth)
        {
            if (OutOfScope(store, auth.ClientId?.Namespace))
            {
                return StoreValidation.Invalid($"invalid AuthSecretRef.ClientID: {SecretReferenceScope.NamespaceNotAllowedMessage}");
            }

            if (OutOfScope(store, auth.ClientSecret?.Namespace))
            {
                return StoreValidation.Invalid($"invalid AuthSecretRef.ClientSecret: {SecretReferenceScope.NamespaceNotAllowedMessage}");
            }
        }

        if (OutOfScope(store, azure.ServiceAccountRef?.Namespace))
        {
            return StoreValidation.Invalid($"invalid ServiceAccountRef: {SecretReferenceScope.NamespaceNotAllowedMessage}");
        }

        if (azure.CustomCloudConfig is { } custom)
        {
            if (azure.UseAzureSDK != true)
            {
                return StoreValidation.Invalid("CustomCloudConfig requires UseAzureSDK to be set to true - the legacy SDK does not support custom clouds");
            }

            if (string.IsNullOrEmpty(custom.ActiveDirectoryEndpoint))
            {
                return StoreValidation.Invalid("activeDirectoryEndpoint is required in CustomCloudConfig");
            }
        }

        return azure.EnvironmentType == AzureEnvironmentType.AzureStackCloud && azure.CustomCloudConfig is null
            ? StoreValidation.Invalid(AzureCloud.CustomCloudRequiredMessage)
            : StoreValidation.Valid;
    }

    /// <summary>ESO's referent check: a ClusterSecretStore may name no namespace (the consumer's is used).</summary>
    public static bool IsReferent(AzureKeyVaultProvider azure) =>
        (azure.AuthSecretRef is { } auth && ((auth.ClientId is not null && auth.ClientId.Namespace is null) || (auth.ClientSecret is not null && auth.ClientSecret.Namespace is null)))
        || (azure.ServiceAccountRef is not null && azure.ServiceAccountRef.Namespace is null);

    private static bool OutOfScope(StoreIdentity store, string? ns) =>
        !store.IsClusterScoped && !string.IsNullOrEmpty(ns) && ns != store.Namespace;
}
