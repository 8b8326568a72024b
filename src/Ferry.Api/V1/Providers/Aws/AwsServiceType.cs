using System.Text.Json.Serialization;

namespace Ferry.Api.V1.Providers.Aws;

[JsonConverter(typeof(JsonStringEnumConverter<AwsServiceType>))]
public enum AwsServiceType
{
    [JsonStringEnumMemberName("SecretsManager")]
    SecretsManager,

    [JsonStringEnumMemberName("ParameterStore")]
    ParameterStore,

    [JsonStringEnumMemberName("CertificateManager")]
    CertificateManager,
}
