using Ferry.Api.V1.Providers.Kubernetes;
using k8s;

namespace Ferry.Providers.Kubernetes.Connection;

/// <summary>
/// Builds the connection a store's spec describes (ESO's getAuth): a kubeconfig from <c>authRef</c>, or the server
/// URL with its CA and one of bearer token, service-account token or client certificate. Credentials are read once
/// here; the pooled client then reuses them until the pool replaces it.
/// </summary>
internal sealed class KubernetesConnectionFactory(IKubernetes localCluster, TimeProvider time)
{
    private readonly ServiceAccountTokenIssuer _tokens = new(localCluster, time);
    private readonly CaBundleLoader _caBundles = new(localCluster);

    public async ValueTask<KubernetesConnection> ConnectAsync(
        StoreContext store, KubernetesProvider spec, CancellationToken cancellationToken)
    {
        if (spec.AuthRef is { } authRef)
        {
            var kubeconfig = await ReadCredentialAsync(store, authRef, "could not fetch AuthRef", cancellationToken);
            return new KubernetesConnection(new k8s.Kubernetes(KubeconfigReader.Read(kubeconfig)), null);
        }

        var url = spec.Server?.Url;
        if (string.IsNullOrEmpty(url))
        {
            throw new ProviderException("failed to prepare auth: no server URL provided");
        }

        var configuration = new KubernetesClientConfiguration
        {
            // client-go reads a bare host (the CRD default kubernetes.default) as https.
            Host = url.Contains("://", StringComparison.Ordinal) ? url : "https://" + url,
            SslCaCerts = await _caBundles.LoadAsync(store, spec.Server!, cancellationToken),
        };
        var expiresAt = await AuthenticateAsync(store, spec.Auth, configuration, cancellationToken);
        return new KubernetesConnection(new k8s.Kubernetes(configuration), expiresAt);
    }

    private async ValueTask<DateTimeOffset?> AuthenticateAsync(
        StoreContext store, KubernetesAuth? auth, KubernetesClientConfiguration configuration, CancellationToken cancellationToken)
    {
        switch (auth)
        {
            case null:
                return null;
            case { Token: { } token }:
                var bearer = await ReadCredentialAsync(store, token.BearerToken, "could not fetch Auth.Token.BearerToken", cancellationToken);
                configuration.AccessToken = bearer.Reveal();
                return null;
            case { ServiceAccount: { } account }:
                var issued = await _tokens.IssueAsync(store, account, cancellationToken);
                configuration.AccessToken = issued.Token;
                return issued.ExpiresAt;
            case { Cert: { } cert }:
                var certificate = await ReadCredentialAsync(store, cert.ClientCert, "could not fetch client key and cert: unable to fetch client certificate", cancellationToken);
                var key = await ReadCredentialAsync(store, cert.ClientKey, "could not fetch client key and cert: unable to fetch client key", cancellationToken);
                configuration.ClientCertificateData = Convert.ToBase64String(certificate.Bytes.Span);
                configuration.ClientCertificateKeyData = Convert.ToBase64String(key.Bytes.Span);
                return null;
            default:
                throw new ProviderException("failed to prepare auth: no auth provider given");
        }
    }

    private static async ValueTask<SecretValue> ReadCredentialAsync(
        StoreContext store, Api.V1.SecretKeySelector selector, string context, CancellationToken cancellationToken)
    {
        try
        {
            return await store.Credentials.GetSecretKeyAsync(selector, cancellationToken);
        }
        catch (Exception ex) when (ex is SecretNotFoundException or ProviderException)
        {
            // Not-found of a credential is a store misconfiguration, not a missing remote secret.
            throw new ProviderException($"failed to prepare auth: {context}: {ex.Message}", ex);
        }
    }
}
