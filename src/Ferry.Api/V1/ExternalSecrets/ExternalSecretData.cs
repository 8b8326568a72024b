using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

[Description("One key of the target Secret and the remote value that fills it.")]
public sealed class ExternalSecretData
{
    [Description("The remote value to read: its key plus an optional property and version.")]
    [JsonPropertyName("remoteRef")]
    [Required]
    public ExternalSecretDataRemoteRef RemoteRef { get; set; } = new();

    [Description("Key under which the value is written in the target Secret.")]
    [JsonPropertyName("secretKey")]
    [Required]
    [Pattern("^[-._a-zA-Z0-9]+$")]
    [Bounds(MinLength = 1, MaxLength = 253)]
    public string SecretKey { get; set; } = string.Empty;

    [Description("Reads this entry from a store other than spec.secretStoreRef.")]
    [JsonPropertyName("sourceRef")]
    public StoreGeneratorSourceRef? SourceRef { get; set; }
}
