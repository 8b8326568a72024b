using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1Alpha1;

[Description("Pairs a source key with a remote location.")]
public sealed class PushSecretMatch
{
    [Description("Where the value is written in the store.")]
    [JsonPropertyName("remoteRef")]
    [Required]
    public PushSecretRemoteRef RemoteRef { get; set; } = new();

    [Description("Key of the source to push; absent pushes the whole source.")]
    [JsonPropertyName("secretKey")]
    public string? SecretKey { get; set; }
}
