using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Vault;

[Description("TLS client certificate authentication.")]
public sealed class VaultCertAuth
{
    [Description("Secret key holding the PEM client certificate.")]
    [JsonPropertyName("clientCert")]
    public SecretKeySelector? ClientCert { get; set; }

    [Description("Mount path of the cert auth method. Defaults to cert.")]
    [JsonPropertyName("path")]
    [Default("\"cert\"")]
    public string? Path { get; set; }

    [Description("Secret key holding the PEM private key of the client certificate.")]
    [JsonPropertyName("secretRef")]
    public SecretKeySelector? SecretRef { get; set; }

    [Description("Certificate role to log in as; absent lets Vault pick a matching role.")]
    [JsonPropertyName("vaultRole")]
    public string? VaultRole { get; set; }
}
