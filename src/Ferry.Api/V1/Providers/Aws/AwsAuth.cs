using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Ferry.Api.V1.Providers.Aws;

[Description("How to get AWS credentials; with nothing set, the default AWS credential chain is used (environment, IRSA, Pod Identity, instance metadata).")]
public sealed class AwsAuth
{
    [Description("Exchanges a Kubernetes ServiceAccount token for AWS credentials, IRSA style.")]
    [JsonPropertyName("jwt")]
    public AwsJwtAuth? Jwt { get; set; }

    [Description("Static access keys kept in Kubernetes Secrets.")]
    [JsonPropertyName("secretRef")]
    public AwsAuthSecretRef? SecretRef { get; set; }
}
