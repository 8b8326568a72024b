using System.Text.Json.Serialization;

namespace Ferry.Api.V1.Providers.Aws;

public sealed class AwsJwtAuth
{
    [JsonPropertyName("serviceAccountRef")]
    public ServiceAccountSelector? ServiceAccountRef { get; set; }
}
