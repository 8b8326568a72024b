using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Vault;

[Description("AWS IAM authentication.")]
public sealed class VaultIamAuth
{
    [Description("External ID sent when assuming role.")]
    [JsonPropertyName("externalID")]
    public string? ExternalID { get; set; }

    [Description("Gets AWS credentials by exchanging a ServiceAccount token.")]
    [JsonPropertyName("jwt")]
    public VaultAwsJwtAuth? Jwt { get; set; }

    [Description("Mount path of the AWS auth method; absent means aws.")]
    [JsonPropertyName("path")]
    public string? Path { get; set; }

    [Description("AWS region used for the STS request that signs the login.")]
    [JsonPropertyName("region")]
    public string? Region { get; set; }

    [Description("ARN of an IAM role to assume before logging in.")]
    [JsonPropertyName("role")]
    public string? Role { get; set; }

    [Description("Static AWS credentials kept in Secrets.")]
    [JsonPropertyName("secretRef")]
    public VaultAwsAuthSecretRef? SecretRef { get; set; }

    [Description("Value of the X-Vault-AWS-IAM-Server-ID header, for Vault roles that require it.")]
    [JsonPropertyName("vaultAwsIamServerID")]
    public string? VaultAwsIamServerID { get; set; }

    [Description("Vault role to log in as.")]
    [JsonPropertyName("vaultRole")]
    [Required]
    public string VaultRole { get; set; } = string.Empty;
}
