using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

[Description("Identifies a value in the external store and how to post-process it.")]
public sealed class ExternalSecretDataRemoteRef
{
    [Description("With extract, how field names that are not valid Secret keys are rewritten: Default turns each bad character into _, Unicode into its _UXXXX_ code. Absent means Default.")]
    [JsonPropertyName("conversionStrategy")]
    public ExternalSecretConversionStrategy? ConversionStrategy { get; set; }

    [Description("Decoding applied to the fetched value: None, Base64, Base64URL, or Auto which tries both base64 forms and otherwise keeps the value. Absent means None.")]
    [JsonPropertyName("decodingStrategy")]
    public ExternalSecretDecodingStrategy? DecodingStrategy { get; set; }

    [Description("The name or path of the secret in the external store.")]
    [JsonPropertyName("key")]
    [Required]
    public string Key { get; set; } = string.Empty;

    [Description("Fetch reads the secret's metadata, such as tags or labels, instead of its value; None reads the value. Absent means None.")]
    [JsonPropertyName("metadataPolicy")]
    public ExternalSecretMetadataPolicy? MetadataPolicy { get; set; }

    [Description("What to do when a fetched value contains a NUL byte: Ignore keeps it, Fail stops the sync. Absent means Ignore.")]
    [JsonPropertyName("nullBytePolicy")]
    public ExternalSecretNullBytePolicy? NullBytePolicy { get; set; }

    [Description("Selects one field inside the remote value, usually a JSON path; absent means the whole value.")]
    [JsonPropertyName("property")]
    public string? Property { get; set; }

    [Description("Which version of the remote secret to read, in the provider's own format; absent means the current one.")]
    [JsonPropertyName("version")]
    public string? Version { get; set; }
}
