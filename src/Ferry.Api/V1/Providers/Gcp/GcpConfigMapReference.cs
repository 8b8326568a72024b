using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Gcp;

public sealed class GcpConfigMapReference
{
    [JsonPropertyName("key")]
    [Required]
    [Pattern("^[-._a-zA-Z0-9]+$")]
    [Bounds(MinLength = 1, MaxLength = 253)]
    public string Key { get; set; } = string.Empty;

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
