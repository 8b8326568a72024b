using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

public sealed class ExternalSecretDataRemoteRef
{
    [JsonPropertyName("conversionStrategy")]
    public ExternalSecretConversionStrategy? ConversionStrategy { get; set; }

    [JsonPropertyName("decodingStrategy")]
    public ExternalSecretDecodingStrategy? DecodingStrategy { get; set; }

    [JsonPropertyName("key")]
    [Required]
    public string Key { get; set; } = string.Empty;

    [JsonPropertyName("metadataPolicy")]
    public ExternalSecretMetadataPolicy? MetadataPolicy { get; set; }

    [JsonPropertyName("nullBytePolicy")]
    public ExternalSecretNullBytePolicy? NullBytePolicy { get; set; }

    [JsonPropertyName("property")]
    public string? Property { get; set; }

    [JsonPropertyName("version")]
    public string? Version { get; set; }
}
