using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Gcp;

public sealed class GcpAwsCredentialsSecretRef
{
    [JsonPropertyName("name")]
    [Required]
    [Pattern(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    [Bounds(MinLength = 1, MaxLength = 253)]
    public string Name { get; set; } = string.Empty;

    [JsonPropertyName("namespace")]
    [Pattern("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    [Bounds(MinLength = 1, MaxLength = 63)]
    public string? Namespace { get; set; }
}
