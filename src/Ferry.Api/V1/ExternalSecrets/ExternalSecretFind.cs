using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Ferry.Api.V1;

[Description("A search for many remote secrets, each becoming one key of the target.")]
public sealed class ExternalSecretFind
{
    [Description("How found names that are not valid Secret keys are rewritten: Default turns each bad character into _, Unicode into its _UXXXX_ code. Ignored when rewrites are given; absent means Default.")]
    [JsonPropertyName("conversionStrategy")]
    public ExternalSecretConversionStrategy? ConversionStrategy { get; set; }

    [Description("Decoding applied to each found value: None, Base64, Base64URL or Auto. Absent means None.")]
    [JsonPropertyName("decodingStrategy")]
    public ExternalSecretDecodingStrategy? DecodingStrategy { get; set; }

    [Description("Matches remote secret names against a regular expression.")]
    [JsonPropertyName("name")]
    public FindName? Name { get; set; }

    [Description("What to do when a found value contains a NUL byte: Ignore keeps it, Fail stops the sync. Absent means Ignore.")]
    [JsonPropertyName("nullBytePolicy")]
    public ExternalSecretNullBytePolicy? NullBytePolicy { get; set; }

    [Description("Restricts the search to secrets under this path or name prefix, where the provider supports it.")]
    [JsonPropertyName("path")]
    public string? Path { get; set; }

    [Description("Tags or labels a remote secret must carry, all with exactly these values.")]
    [JsonPropertyName("tags")]
    public Dictionary<string, string>? Tags { get; set; }
}
