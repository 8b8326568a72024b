using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Ferry.Api.V1.Providers.Vault;

[Description("A Google service account key kept in a Kubernetes Secret.")]
public sealed class VaultGcpAuthSecretRef
{
    [Description("Secret key holding the service account key JSON.")]
    [JsonPropertyName("secretAccessKeySecretRef")]
    public SecretKeySelector? SecretAccessKeySecretRef { get; set; }
}
