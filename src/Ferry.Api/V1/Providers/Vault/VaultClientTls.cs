using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Ferry.Api.V1.Providers.Vault;

[Description("Client certificate Ferry presents to Vault for mutual TLS.")]
public sealed class VaultClientTls
{
    [Description("Secret key holding the PEM client certificate.")]
    [JsonPropertyName("certSecretRef")]
    public SecretKeySelector? CertSecretRef { get; set; }

    [Description("Secret key holding the PEM private key.")]
    [JsonPropertyName("keySecretRef")]
    public SecretKeySelector? KeySecretRef { get; set; }
}
