using System.Net;
using k8s;
using k8s.Autorest;

namespace Ferry.Commands.Run;

/// <summary>
/// Reads ConfigMaps through the operator's own connection, for providers whose store names one (GCP's
/// workloadIdentityFederation.credConfig). Read on demand, not cached: only a store's login needs them.
/// </summary>
internal sealed class OperatorConfigMaps(IKubernetes operatorCluster)
{
    /// <summary>The ConfigMap's data (binaryData is not text and is left out), or null when it does not exist.</summary>
    public async ValueTask<IReadOnlyDictionary<string, string>?> ReadAsync(string @namespace, string name, CancellationToken cancellationToken)
    {
        try
        {
            var configMap = await operatorCluster.CoreV1.ReadNamespacedConfigMapAsync(name, @namespace, cancellationToken: cancellationToken);
            return configMap.Data is { } data ? new Dictionary<string, string>(data, StringComparer.Ordinal) : new Dictionary<string, string>();
        }
        catch (HttpOperationException ex) when (ex.Response?.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }
}
