using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;
using Ferry.Api.V1.Providers.AzureKeyVault;

namespace Ferry.Providers.Azure.Auth;

/// <summary>authType ServicePrincipal: a client secret, or a PEM client certificate with its private key.</summary>
internal static class ServicePrincipalCredential
{
    public static async ValueTask<TokenCredential> CreateAsync(
        StoreContext store, AzureKeyVaultProvider spec, AzureCredentialSettings settings, CancellationToken cancellationToken)
    {
        var auth = spec.AuthSecretRef ?? throw new ProviderException(AzureAuthMessages.MissingSecretRef);
        if (auth.ClientId is null || (auth.ClientSecret is null && auth.ClientCertificate is null))
        {
            throw new ProviderException(AzureAuthMessages.MissingClientIdSecret);
        }

        if (auth.ClientSecret is not null && auth.ClientCertificate is not null)
        {
            throw new ProviderException(AzureAuthMessages.InvalidClientCredentials);
        }

        var tenantId = spec.TenantId;
        if (string.IsNullOrEmpty(tenantId) && auth.TenantId is not null)
        {
            tenantId = (await store.Credentials.GetSecretKeyAsync(auth.TenantId, cancellationToken)).Reveal().Trim();
        }

        if (string.IsNullOrEmpty(tenantId))
        {
            throw new ProviderException(AzureAuthMessages.MissingTenant);
        }

        var clientId = (await store.Credentials.GetSecretKeyAsync(auth.ClientId, cancellationToken)).Reveal().Trim();
        if (auth.ClientSecret is not null)
        {
            var secret = (await store.Credentials.GetSecretKeyAsync(auth.ClientSecret, cancellationToken)).Reveal();
            return new ClientSecretCredential(tenantId, clientId, secret, settings.Apply(new ClientSecretCredentialOptions()));
        }

        var pem = (await store.Credentials.GetSecretKeyAsync(auth.ClientCertificate!, cancellationToken)).Reveal();
        return new ClientCertificateCredential(tenantId, clientId, LoadCertificate(pem), settings.Apply(new ClientCertificateCredentialOptions()));
    }

    private static X509Certificate2 LoadCertificate(string pem)
    {
        try
        {
            // The PEM holds the certificate and its private key; both lookups scan the same text.
            return X509Certificate2.CreateFromPem(pem, pem);
        }
        catch (CryptographicException ex)
        {
            throw new ProviderException("failed to decode certificate: the clientCertificate PEM needs a CERTIFICATE and a private key block", ex);
        }
    }
}
