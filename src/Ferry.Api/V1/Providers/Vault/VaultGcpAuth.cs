using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Vault;

public sealed class VaultGcpAuth
{
    [JsonPropertyName("location")]
    public string? Location { get; set; }

    [JsonPropertyName("path")]
    [Default("\"gcp\"")]
    public string? Path { get; set; }

    [JsonPropertyName("projectID")]
    public string? ProjectID { get; set; }

    [JsonPropertyName("role")]
    [Required]
    public string Role { get; set; } = string.Empty;

    [JsonPropertyName("secretRef")]
    public VaultGcpAuthSecretRef? SecretRef { get; set; }

    [JsonPropertyName("serviceAccountRef")]
    public ServiceAccountSelector? ServiceAccountRef { get; set; }

    [JsonPropertyName("workloadIdentity")]
    public VaultGcpWorkloadIdentity? WorkloadIdentity { get; set; }
}
