using Azure.Core;
using Ferry.Api.V1.Providers.AzureKeyVault;

namespace Ferry.Providers.Azure.Auth;

/// <summary>The store's authType turned into an Azure.Identity credential.</summary>
internal static class AzureCredentialFactory
{
    public static ValueTask<TokenCredential> CreateAsync(
        StoreContext store, AzureKeyVaultProvider spec, AzureCredentialSettings settings, CancellationToken cancellationToken) =>
        (spec.AuthType ?? AzureAuthType.ServicePrincipal) switch
        {
            AzureAuthType.ServicePrincipal => ServicePrincipalCredential.CreateAsync(store, spec, settings, cancellationToken),
            AzureAuthType.ManagedIdentity => ValueTask.FromResult(ManagedIdentityCredentialFactory.Create(spec, settings)),
            AzureAuthType.WorkloadIdentity => WorkloadIdentityCredentialFactory.CreateAsync(store, spec, settings, cancellationToken),
            _ => throw new ProviderException(AzureAuthMessages.MissingAuthType),
        };
}
