using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Ferry.Api.V1.Providers.Vault;

[Description("Gets AWS credentials by exchanging a ServiceAccount token.")]
public sealed class VaultAwsJwtAuth
{
    [Description("ServiceAccount whose token is exchanged; its eks.amazonaws.com/role-arn annotation names the role.")]
    [JsonPropertyName("serviceAccountRef")]
    public ServiceAccountSelector? ServiceAccountRef { get; set; }
}
