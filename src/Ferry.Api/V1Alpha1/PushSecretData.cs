using System.Text.Json;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1Alpha1;

public sealed class PushSecretData
{
    [JsonPropertyName("conversionStrategy")]
    [Default("\"None\"")]
    public PushSecretConversionStrategy? ConversionStrategy { get; set; }

    [JsonPropertyName("match")]
    [Required]
    public PushSecretMatch Match { get; set; } = new();

    [JsonPropertyName("metadata")]
    [PreserveUnknownFields]
    [AnyJsonValue]
    public JsonElement? Metadata { get; set; }
}
