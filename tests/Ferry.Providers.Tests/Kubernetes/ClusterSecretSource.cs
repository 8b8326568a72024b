using k8s;
using k8s.Autorest;
using k8s.Models;

namespace Ferry.Providers.Tests.Kubernetes;

/// <summary>Credential Secrets read straight from the local cluster, as the operator's source does.</summary>
internal sealed class ClusterSecretSource(IKubernetes admin) : ISecretSource
{
    public async ValueTask<SourceSecret?> GetSecretAsync(string @namespace, string name, CancellationToken cancellationToken)
    {
        V1Secret secret;
        try
        {
            secret = await admin.CoreV1.ReadNamespacedSecretAsync(name, @namespace, cancellationToken: cancellationToken);
        }
        catch (HttpOperationException ex) when (ex.Response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }

        var data = (secret.Data ?? new Dictionary<string, byte[]>()).ToDictionary(e => e.Key, e => SecretValue.FromBytes(e.Value));
        return new SourceSecret(secret.Metadata.ResourceVersion, data);
    }
}
