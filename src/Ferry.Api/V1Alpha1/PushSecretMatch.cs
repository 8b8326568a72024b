using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1Alpha1;

public sealed class PushSecretMatch
{
    [JsonPropertyName("remoteRef")]
    [Required]
    public PushSecretRemoteRef RemoteRef { get; set; } = new();

    [JsonPropertyName("secretKey")]
    public string? SecretKey { get; set; }
}
