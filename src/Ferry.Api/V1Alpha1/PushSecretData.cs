using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1Alpha1;

[Description("One source key to push and where it lands.")]
public sealed class PushSecretData
{
    [Description("None pushes key names unchanged; ReverseUnicode turns _UXXXX_ codes back into the characters they stand for. Defaults to None.")]
    [JsonPropertyName("conversionStrategy")]
    [Default("\"None\"")]
    public PushSecretConversionStrategy? ConversionStrategy { get; set; }

    [Description("Which source key to push and the remote location it is written to.")]
    [JsonPropertyName("match")]
    [Required]
    public PushSecretMatch Match { get; set; } = new();

    [Description("Provider-specific settings for the pushed value, such as tags; its shape depends on the provider.")]
    [JsonPropertyName("metadata")]
    [PreserveUnknownFields]
    [AnyJsonValue]
    public JsonElement? Metadata { get; set; }
}
