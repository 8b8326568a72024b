using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Ferry.Api.V1.Providers.Gcp;

[Description("How to get Google Cloud credentials; with nothing set, Application Default Credentials are used.")]
public sealed class GcpSecretManagerAuth
{
    [Description("A Google service account key kept in a Kubernetes Secret.")]
    [JsonPropertyName("secretRef")]
    public GcpSecretManagerAuthSecretRef? SecretRef { get; set; }

    [Description("GKE Workload Identity: exchanges a Kubernetes ServiceAccount token for Google credentials.")]
    [JsonPropertyName("workloadIdentity")]
    public GcpWorkloadIdentity? WorkloadIdentity { get; set; }

    [Description("Workload identity federation: exchanges a token from another identity provider for Google credentials.")]
    [JsonPropertyName("workloadIdentityFederation")]
    public GcpWorkloadIdentityFederation? WorkloadIdentityFederation { get; set; }
}
