using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Vault;

namespace Ferry.Providers.Vault.Http;

/// <summary>
/// The HTTP handler of one client: trusts the store's CA (caBundle or caProvider) instead of the system roots when
/// one is given, and presents a client certificate for mutual TLS (spec.tls) or for cert auth (auth.cert).
/// </summary>
internal static class VaultHandlerFactory
{
    public static async ValueTask<SocketsHttpHandler> CreateAsync(VaultProvider spec, StoreContext store, CancellationToken cancellationToken)
    {
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(10),
            AutomaticDecompression = System.Net.DecompressionMethods.All,
        };
        try
        {
            var roots = await TrustedRootsAsync(spec, store, cancellationToken);
            if (roots is not null)
            {
                handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                    certificate is not null && ChainsTo(new X509Certificate2(certificate), roots, errors);
            }

            if (await ClientCertificateAsync(spec, store, cancellationToken) is { } clientCertificate)
            {
                handler.SslOptions.ClientCertificates = [clientCertificate];
                handler.SslOptions.LocalCertificateSelectionCallback = (_, _, _, _, _) => clientCertificate;
            }

            return handler;
        }
        catch
        {
            handler.Dispose();
            throw;
        }
    }

    private static bool ChainsTo(X509Certificate2 certificate, X509Certificate2Collection roots, SslPolicyErrors errors)
    {
        if ((errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(roots);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate);
    }

    private static async ValueTask<X509Certificate2Collection?> TrustedRootsAsync(VaultProvider spec, StoreContext store, CancellationToken cancellationToken)
    {
        string? pem = null;
        if (!string.IsNullOrEmpty(spec.CaBundle))
        {
            pem = DecodeBundle(spec.CaBundle);
        }
        else if (spec.CaProvider is { } provider)
        {
            if (provider.Type != CaProviderType.Secret)
            {
                throw new ProviderException("vault caProvider: only type Secret is supported by Ferry");
            }

            var selector = new SecretKeySelector { Name = provider.Name, Namespace = provider.Namespace, Key = provider.Key };
            pem = (await store.Credentials.GetSecretKeyAsync(selector, cancellationToken)).Reveal();
        }

        if (pem is null)
        {
            return null;
        }

        var roots = new X509Certificate2Collection();
        try
        {
            roots.ImportFromPem(pem);
        }
        catch (CryptographicException ex)
        {
            throw new ProviderException("vault CA bundle is not valid PEM", ex);
        }

        return roots.Count == 0 ? throw new ProviderException("vault CA bundle holds no certificate") : roots;
    }

    // caBundle is base64 of the PEM in the CRD; some users paste the PEM itself, which is accepted too.
    private static string DecodeBundle(string bundle)
    {
        if (bundle.Contains("-----BEGIN", StringComparison.Ordinal))
        {
            return bundle;
        }

        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(bundle));
        }
        catch (FormatException ex)
        {
            throw new ProviderException("vault caBundle is neither base64 nor PEM", ex);
        }
    }

    private static async ValueTask<X509Certificate2?> ClientCertificateAsync(VaultProvider spec, StoreContext store, CancellationToken cancellationToken)
    {
        SecretKeySelector? certRef = null;
        SecretKeySelector? keyRef = null;
        if (spec.Auth?.Cert is { } cert && cert.ClientCert is not null)
        {
            (certRef, keyRef) = (cert.ClientCert, cert.SecretRef);
        }
        else if (spec.Tls is { CertSecretRef: not null } tls)
        {
            (certRef, keyRef) = (tls.CertSecretRef, tls.KeySecretRef);
        }

        if (certRef is null)
        {
            return null;
        }

        if (keyRef is null)
        {
            throw new ProviderException("vault client certificate: the private key reference is not set");
        }

        var certPem = (await store.Credentials.GetSecretKeyAsync(certRef, cancellationToken)).Reveal();
        var keyPem = (await store.Credentials.GetSecretKeyAsync(keyRef, cancellationToken)).Reveal();
        try
        {
            return X509Certificate2.CreateFromPem(certPem, keyPem);
        }
        catch (CryptographicException ex)
        {
            throw new ProviderException("vault client certificate or key is not valid PEM", ex);
        }
    }
}
