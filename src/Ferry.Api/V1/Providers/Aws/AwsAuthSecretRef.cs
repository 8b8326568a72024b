using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Ferry.Api.V1.Providers.Aws;

[Description("Static AWS credentials kept in Kubernetes Secrets.")]
public sealed class AwsAuthSecretRef
{
    [Description("Secret key holding the AWS access key ID.")]
    [JsonPropertyName("accessKeyIDSecretRef")]
    public SecretKeySelector? AccessKeyIDSecretRef { get; set; }

    [Description("Secret key holding the AWS secret access key.")]
    [JsonPropertyName("secretAccessKeySecretRef")]
    public SecretKeySelector? SecretAccessKeySecretRef { get; set; }

    [Description("Secret key holding a session token; needed only with temporary credentials.")]
    [JsonPropertyName("sessionTokenSecretRef")]
    public SecretKeySelector? SessionTokenSecretRef { get; set; }
}
