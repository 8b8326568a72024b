using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Gcp;

public sealed class GcpAwsSecurityCredentials
{
    [JsonPropertyName("awsCredentialsSecretRef")]
    [Required]
    public GcpAwsCredentialsSecretRef AwsCredentialsSecretRef { get; set; } = new();

    [JsonPropertyName("region")]
    [Required]
    [Pattern("^[a-z0-9-]+$")]
    [Bounds(MinLength = 1, MaxLength = 50)]
    [Example("\"ap-south-1\"")]
    public string Region { get; set; } = string.Empty;
}
