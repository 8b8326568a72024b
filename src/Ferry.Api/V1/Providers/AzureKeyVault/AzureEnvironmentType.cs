using System.Text.Json.Serialization;

namespace Ferry.Api.V1.Providers.AzureKeyVault;

[JsonConverter(typeof(JsonStringEnumConverter<AzureEnvironmentType>))]
public enum AzureEnvironmentType
{
    [JsonStringEnumMemberName("PublicCloud")]
    PublicCloud,

    [JsonStringEnumMemberName("USGovernmentCloud")]
    USGovernmentCloud,

    [JsonStringEnumMemberName("ChinaCloud")]
    ChinaCloud,

    [JsonStringEnumMemberName("GermanCloud")]
    GermanCloud,

    [JsonStringEnumMemberName("AzureStackCloud")]
    AzureStackCloud,
}
