using System.Text.Json.Serialization;

namespace Ferry.Api.V1.Providers.Aws;

public sealed class AwsAuth
{
    [JsonPropertyName("jwt")]
    public AwsJwtAuth? Jwt { get; set; }

    [JsonPropertyName("secretRef")]
    public AwsAuthSecretRef? SecretRef { get; set; }
}
