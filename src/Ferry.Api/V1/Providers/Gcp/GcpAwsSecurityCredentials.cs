using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Gcp;

[Description("AWS credentials that serve as the external identity in workload identity federation.")]
public sealed class GcpAwsSecurityCredentials
{
    [Description("The Secret holding the AWS credentials.")]
    [JsonPropertyName("awsCredentialsSecretRef")]
    [Required]
    public GcpAwsCredentialsSecretRef AwsCredentialsSecretRef { get; set; } = new();

    [Description("AWS region used to sign the identity request, such as ap-south-1.")]
    [JsonPropertyName("region")]
    [Required]
    [Pattern("^[a-z0-9-]+$")]
    [Bounds(MinLength = 1, MaxLength = 50)]
    [Example("\"ap-south-1\"")]
    public string Region { get; set; } = string.Empty;
}
