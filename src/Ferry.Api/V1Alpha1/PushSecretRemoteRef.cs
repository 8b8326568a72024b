using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1Alpha1;

[Description("A location in the external store.")]
public sealed class PushSecretRemoteRef
{
    [Description("Field inside the remote secret to write; absent replaces the whole remote value.")]
    [JsonPropertyName("property")]
    public string? Property { get; set; }

    [Description("Name or path of the remote secret.")]
    [JsonPropertyName("remoteKey")]
    [Required]
    public string RemoteKey { get; set; } = string.Empty;
}
