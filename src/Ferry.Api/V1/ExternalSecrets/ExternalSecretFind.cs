using System.Text.Json.Serialization;

namespace Ferry.Api.V1;

public sealed class ExternalSecretFind
{
    [JsonPropertyName("conversionStrategy")]
    public ExternalSecretConversionStrategy? ConversionStrategy { get; set; }

    [JsonPropertyName("decodingStrategy")]
    public ExternalSecretDecodingStrategy? DecodingStrategy { get; set; }

    [JsonPropertyName("name")]
    public FindName? Name { get; set; }

    [JsonPropertyName("nullBytePolicy")]
    public ExternalSecretNullBytePolicy? NullBytePolicy { get; set; }

    [JsonPropertyName("path")]
    public string? Path { get; set; }

    [JsonPropertyName("tags")]
    public Dictionary<string, string>? Tags { get; set; }
}
