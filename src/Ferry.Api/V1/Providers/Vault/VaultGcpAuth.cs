using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Vault;

[Description("Google Cloud authentication.")]
public sealed class VaultGcpAuth
{
    [Description("Location of the GKE cluster, used with workload identity; absent means discovered automatically.")]
    [JsonPropertyName("location")]
    public string? Location { get; set; }

    [Description("Mount path of the GCP auth method. Defaults to gcp.")]
    [JsonPropertyName("path")]
    [Default("\"gcp\"")]
    public string? Path { get; set; }

    [Description("Google Cloud project ID; absent means discovered automatically.")]
    [JsonPropertyName("projectID")]
    public string? ProjectID { get; set; }

    [Description("Vault role to log in as.")]
    [JsonPropertyName("role")]
    [Required]
    public string Role { get; set; } = string.Empty;

    [Description("A Google service account key kept in a Secret.")]
    [JsonPropertyName("secretRef")]
    public VaultGcpAuthSecretRef? SecretRef { get; set; }

    [Description("Kubernetes ServiceAccount whose Google identity is used.")]
    [JsonPropertyName("serviceAccountRef")]
    public ServiceAccountSelector? ServiceAccountRef { get; set; }

    [Description("GKE Workload Identity settings used to obtain Google credentials.")]
    [JsonPropertyName("workloadIdentity")]
    public VaultGcpWorkloadIdentity? WorkloadIdentity { get; set; }
}
