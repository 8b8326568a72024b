using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Gcp;

[Description("GKE Workload Identity settings.")]
public sealed class GcpWorkloadIdentity
{
    [Description("Location of the GKE cluster; absent means discovered from the metadata server.")]
    [JsonPropertyName("clusterLocation")]
    public string? ClusterLocation { get; set; }

    [Description("Name of the GKE cluster; absent means discovered from the metadata server.")]
    [JsonPropertyName("clusterName")]
    public string? ClusterName { get; set; }

    [Description("Project of the GKE cluster, when it differs from the secrets' project; absent means discovered.")]
    [JsonPropertyName("clusterProjectID")]
    public string? ClusterProjectID { get; set; }

    [Description("Kubernetes ServiceAccount bound to a Google service account.")]
    [JsonPropertyName("serviceAccountRef")]
    [Required]
    public ServiceAccountSelector ServiceAccountRef { get; set; } = new();
}
