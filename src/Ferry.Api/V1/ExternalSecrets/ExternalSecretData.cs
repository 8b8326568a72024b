using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

public sealed class ExternalSecretData
{
    [JsonPropertyName("remoteRef")]
    [Required]
    public ExternalSecretDataRemoteRef RemoteRef { get; set; } = new();

    [JsonPropertyName("secretKey")]
    [Required]
    [Pattern("^[-._a-zA-Z0-9]+$")]
    [Bounds(MinLength = 1, MaxLength = 253)]
    public string SecretKey { get; set; } = string.Empty;

    [JsonPropertyName("sourceRef")]
    public StoreGeneratorSourceRef? SourceRef { get; set; }
}
