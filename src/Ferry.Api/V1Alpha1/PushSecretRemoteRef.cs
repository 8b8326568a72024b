using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1Alpha1;

public sealed class PushSecretRemoteRef
{
    [JsonPropertyName("property")]
    public string? Property { get; set; }

    [JsonPropertyName("remoteKey")]
    [Required]
    public string RemoteKey { get; set; } = string.Empty;
}
