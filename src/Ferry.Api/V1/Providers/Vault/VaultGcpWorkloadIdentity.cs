using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Vault;

[Description("GKE Workload Identity settings.")]
public sealed class VaultGcpWorkloadIdentity
{
    [Description("Location of the GKE cluster; absent means discovered from the metadata server.")]
    [JsonPropertyName("clusterLocation")]
    public string? ClusterLocation { get; set; }

    [Description("Name of the GKE cluster; absent means discovered from the metadata server.")]
    [JsonPropertyName("clusterName")]
    public string? ClusterName { get; set; }

    [Description("Project of the GKE cluster; absent means discovered.")]
    [JsonPropertyName("clusterProjectID")]
    public string? ClusterProjectID { get; set; }

    [Description("Kubernetes ServiceAccount bound to a Google service account.")]
    [JsonPropertyName("serviceAccountRef")]
    [Required]
    public ServiceAccountSelector ServiceAccountRef { get; set; } = new();
}
