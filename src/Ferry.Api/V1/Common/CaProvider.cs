using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

public sealed class CaProvider
{
    [JsonPropertyName("key")]
    [Pattern("^[-._a-zA-Z0-9]+$")]
    [Bounds(MinLength = 1, MaxLength = 253)]
    public string? Key { get; set; }

    [JsonPropertyName("name")]
    [Required]
    [Pattern(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    [Bounds(MinLength = 1, MaxLength = 253)]
    public string Name { get; set; } = string.Empty;

    [JsonPropertyName("namespace")]
    [Pattern("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    [Bounds(MinLength = 1, MaxLength = 63)]
    public string? Namespace { get; set; }

    [JsonPropertyName("type")]
    [Required]
    public CaProviderType? Type { get; set; }
}
