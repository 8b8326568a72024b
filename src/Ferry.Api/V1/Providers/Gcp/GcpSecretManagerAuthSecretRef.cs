using System.Text.Json.Serialization;

namespace Ferry.Api.V1.Providers.Gcp;

public sealed class GcpSecretManagerAuthSecretRef
{
    [JsonPropertyName("secretAccessKeySecretRef")]
    public SecretKeySelector? SecretAccessKeySecretRef { get; set; }
}
