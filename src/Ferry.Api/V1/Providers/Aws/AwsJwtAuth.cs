using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Ferry.Api.V1.Providers.Aws;

[Description("Web identity authentication with a ServiceAccount token.")]
public sealed class AwsJwtAuth
{
    [Description("ServiceAccount whose token is exchanged; its eks.amazonaws.com/role-arn annotation names the role to assume.")]
    [JsonPropertyName("serviceAccountRef")]
    public ServiceAccountSelector? ServiceAccountRef { get; set; }
}
