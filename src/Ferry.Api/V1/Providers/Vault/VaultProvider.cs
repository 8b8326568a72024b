using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Vault;

public sealed class VaultProvider
{
    [JsonPropertyName("auth")]
    public VaultAuth? Auth { get; set; }

    [JsonPropertyName("caBundle")]
    [Format("byte")]
    public string? CaBundle { get; set; }

    [JsonPropertyName("caProvider")]
    public CaProvider? CaProvider { get; set; }

    [JsonPropertyName("checkAndSet")]
    public VaultCheckAndSet? CheckAndSet { get; set; }

    [JsonPropertyName("forwardInconsistent")]
    public bool? ForwardInconsistent { get; set; }

    [JsonPropertyName("headers")]
    public Dictionary<string, string>? Headers { get; set; }

    [JsonPropertyName("namespace")]
    public string? Namespace { get; set; }

    [JsonPropertyName("path")]
    public string? Path { get; set; }

    [JsonPropertyName("readYourWrites")]
    public bool? ReadYourWrites { get; set; }

    [JsonPropertyName("server")]
    [Required]
    public string Server { get; set; } = string.Empty;

    [JsonPropertyName("tls")]
    public VaultClientTls? Tls { get; set; }

    [JsonPropertyName("version")]
    [Default("\"v2\"")]
    public VaultKvStoreVersion? Version { get; set; }
}
