using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Vault;

public sealed class VaultCertAuth
{
    [JsonPropertyName("clientCert")]
    public SecretKeySelector? ClientCert { get; set; }

    [JsonPropertyName("path")]
    [Default("\"cert\"")]
    public string? Path { get; set; }

    [JsonPropertyName("secretRef")]
    public SecretKeySelector? SecretRef { get; set; }

    [JsonPropertyName("vaultRole")]
    public string? VaultRole { get; set; }
}
