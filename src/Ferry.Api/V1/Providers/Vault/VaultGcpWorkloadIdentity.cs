using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Vault;

public sealed class VaultGcpWorkloadIdentity
{
    [JsonPropertyName("clusterLocation")]
    public string? ClusterLocation { get; set; }

    [JsonPropertyName("clusterName")]
    public string? ClusterName { get; set; }

    [JsonPropertyName("clusterProjectID")]
    public string? ClusterProjectID { get; set; }

    [JsonPropertyName("serviceAccountRef")]
    [Required]
    public ServiceAccountSelector ServiceAccountRef { get; set; } = new();
}
