using k8s;

namespace Ferry.Commands.Run;

/// <summary>
/// Where `ferry run` finds the cluster, as controller-runtime's GetConfig does: --kubeconfig when given, else the
/// in-cluster service account, else $KUBECONFIG or ~/.kube/config; and the namespace the Lease lives in.
/// </summary>
internal static class ClusterConnection
{
    private const string ServiceAccountNamespaceFile = "/var/run/secrets/kubernetes.io/serviceaccount/namespace";

    public static KubernetesClientConfiguration Configuration(string? kubeconfig)
    {
        if (!string.IsNullOrEmpty(kubeconfig))
        {
            return KubernetesClientConfiguration.BuildConfigFromConfigFile(kubeconfig);
        }

        return KubernetesClientConfiguration.IsInCluster()
            ? KubernetesClientConfiguration.InClusterConfig()
            : KubernetesClientConfiguration.BuildConfigFromConfigFile(Environment.GetEnvironmentVariable("KUBECONFIG"));
    }

    /// <summary>ESO puts the Lease in its own namespace: the service account's, else $POD_NAMESPACE, else "default".</summary>
    public static string LeaseNamespace()
    {
        if (File.Exists(ServiceAccountNamespaceFile))
        {
            var ns = File.ReadAllText(ServiceAccountNamespaceFile).Trim();
            if (ns.Length > 0)
            {
                return ns;
            }
        }

        return Environment.GetEnvironmentVariable("POD_NAMESPACE") is { Length: > 0 } podNamespace ? podNamespace : "default";
    }
}
