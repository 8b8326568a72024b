using System.Text.Json.Serialization;

namespace Ferry.Api.V1.Providers.Aws;

public sealed class AwsAuthSecretRef
{
    [JsonPropertyName("accessKeyIDSecretRef")]
    public SecretKeySelector? AccessKeyIDSecretRef { get; set; }

    [JsonPropertyName("secretAccessKeySecretRef")]
    public SecretKeySelector? SecretAccessKeySecretRef { get; set; }

    [JsonPropertyName("sessionTokenSecretRef")]
    public SecretKeySelector? SessionTokenSecretRef { get; set; }
}
