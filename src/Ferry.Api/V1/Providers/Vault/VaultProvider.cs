using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Vault;

[Description("Connects to a HashiCorp Vault server, usually its KV secrets engine.")]
public sealed class VaultProvider
{
    [Description("How Ferry logs in to Vault.")]
    [JsonPropertyName("auth")]
    public VaultAuth? Auth { get; set; }

    [Description("Base64-encoded PEM CA bundle used to verify the Vault server; absent uses the system roots.")]
    [JsonPropertyName("caBundle")]
    [Format("byte")]
    public string? CaBundle { get; set; }

    [Description("Loads the CA bundle from a Secret or ConfigMap instead of caBundle.")]
    [JsonPropertyName("caProvider")]
    public CaProvider? CaProvider { get; set; }

    [Description("Check-and-set settings for pushes to a KV version 2 engine.")]
    [JsonPropertyName("checkAndSet")]
    public VaultCheckAndSet? CheckAndSet { get; set; }

    [Description("When true a performance standby forwards requests it cannot serve consistently to the active node (Vault Enterprise).")]
    [JsonPropertyName("forwardInconsistent")]
    public bool? ForwardInconsistent { get; set; }

    [Description("Extra HTTP headers sent with every request to Vault.")]
    [JsonPropertyName("headers")]
    public Dictionary<string, string>? Headers { get; set; }

    [Description("Vault Enterprise namespace that holds the secrets.")]
    [JsonPropertyName("namespace")]
    public string? Namespace { get; set; }

    [Description("Mount path of the KV engine, such as secret; absent means the first segment of each key is the mount.")]
    [JsonPropertyName("path")]
    public string? Path { get; set; }

    [Description("When true each request carries the state of the previous response, so reads through performance standbys see earlier writes (Vault Enterprise).")]
    [JsonPropertyName("readYourWrites")]
    public bool? ReadYourWrites { get; set; }

    [Description("Address of the Vault server, such as https://vault.example.com:8200.")]
    [JsonPropertyName("server")]
    [Required]
    public string Server { get; set; } = string.Empty;

    [Description("Client certificate for mutual TLS with Vault.")]
    [JsonPropertyName("tls")]
    public VaultClientTls? Tls { get; set; }

    [Description("Version of the KV engine: v1 or v2. Defaults to v2.")]
    [JsonPropertyName("version")]
    [Default("\"v2\"")]
    public VaultKvStoreVersion? Version { get; set; }
}
