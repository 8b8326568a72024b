using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Ferry.Api.V1;
using k8s;

namespace Ferry.Providers.Kubernetes.Connection;

/// <summary>
/// The CA that verifies the API server (ESO's FetchCACertFromSource): <c>caBundle</c> (base64 PEM), or a key of the
/// Secret or ConfigMap <c>caProvider</c> names, or nothing (the system roots). Secrets are read through the store's
/// credentials, so their scope rules and versions apply; ConfigMaps through the local cluster, in the namespace the
/// same rules choose.
/// </summary>
internal sealed class CaBundleLoader(IKubernetes localCluster)
{
    public async ValueTask<X509Certificate2Collection?> LoadAsync(
        StoreContext store, Api.V1.Providers.Kubernetes.KubernetesServer server, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(server.CaBundle))
        {
            return Parse(DecodeBundle(server.CaBundle), "failed to decode ca bundle");
        }

        if (server.CaProvider is not { } provider)
        {
            return null;
        }

        if (store.Identity.IsClusterScoped && provider.Namespace is null)
        {
            throw new ProviderException("failed to prepare auth: missing namespace on caProvider secret");
        }

        return provider.Type switch
        {
            CaProviderType.ConfigMap => Parse(await ReadConfigMapAsync(store, provider, cancellationToken), "failed to get cert from configmap"),
            _ => Parse(await ReadSecretAsync(store, provider, cancellationToken), "failed to get cert from secret"),
        };
    }

    private static async ValueTask<byte[]> ReadSecretAsync(StoreContext store, CaProvider provider, CancellationToken cancellationToken)
    {
        var selector = new SecretKeySelector { Name = provider.Name, Key = provider.Key, Namespace = provider.Namespace };
        try
        {
            return (await store.Credentials.GetSecretKeyAsync(selector, cancellationToken)).ToArray();
        }
        catch (Exception ex) when (ex is SecretNotFoundException or ProviderException)
        {
            throw new ProviderException($"failed to prepare auth: failed to get cert from secret: {ex.Message}", ex);
        }
    }

    private async ValueTask<byte[]> ReadConfigMapAsync(StoreContext store, CaProvider provider, CancellationToken cancellationToken)
    {
        var ns = SecretReferenceScope.ResolveNamespace(store.Identity, store.ConsumerNamespace, provider.Namespace);
        try
        {
            var configMap = await localCluster.CoreV1.ReadNamespacedConfigMapAsync(provider.Name, ns, cancellationToken: cancellationToken);
            if (configMap.Data?.TryGetValue(provider.Key ?? string.Empty, out var text) == true)
            {
                return Encoding.UTF8.GetBytes(text);
            }

            if (configMap.BinaryData?.TryGetValue(provider.Key ?? string.Empty, out var binary) == true)
            {
                return binary;
            }
        }
        catch (Exception ex) when (KubernetesErrors.IsApiFailure(ex))
        {
            throw new ProviderException($"failed to prepare auth: failed to get cert from configmap: {KubernetesErrors.Describe(ex)}", ex);
        }

        throw new ProviderException($"failed to prepare auth: failed to get cert from configmap: key {provider.Key} not found in configmap {ns}/{provider.Name}");
    }

    // caBundle is base64 in the manifest; some users base64 it twice, which ESO's decoder also tolerates.
    private static byte[] DecodeBundle(string bundle)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(bundle);
        }
        catch (FormatException)
        {
            throw new ProviderException("failed to prepare auth: failed to decode ca bundle: illegal base64 data");
        }

        if (!Encoding.ASCII.GetString(bytes).Contains("-----BEGIN", StringComparison.Ordinal))
        {
            try
            {
                return Convert.FromBase64String(Encoding.ASCII.GetString(bytes));
            }
            catch (FormatException)
            {
                return bytes;
            }
        }

        return bytes;
    }

    private static X509Certificate2Collection Parse(byte[] pem, string context)
    {
        var collection = new X509Certificate2Collection();
        try
        {
            collection.ImportFromPem(Encoding.ASCII.GetString(pem));
        }
        catch (CryptographicException)
        {
            throw new ProviderException($"failed to prepare auth: {context}: no valid PEM certificate");
        }

        return collection.Count > 0
            ? collection
            : throw new ProviderException($"failed to prepare auth: {context}: no valid PEM certificate");
    }
}
