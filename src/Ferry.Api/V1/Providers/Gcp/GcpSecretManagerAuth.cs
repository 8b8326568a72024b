using System.Text.Json.Serialization;

namespace Ferry.Api.V1.Providers.Gcp;

public sealed class GcpSecretManagerAuth
{
    [JsonPropertyName("secretRef")]
    public GcpSecretManagerAuthSecretRef? SecretRef { get; set; }

    [JsonPropertyName("workloadIdentity")]
    public GcpWorkloadIdentity? WorkloadIdentity { get; set; }

    [JsonPropertyName("workloadIdentityFederation")]
    public GcpWorkloadIdentityFederation? WorkloadIdentityFederation { get; set; }
}
