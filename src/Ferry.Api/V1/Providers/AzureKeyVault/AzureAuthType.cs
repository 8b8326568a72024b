using System.Text.Json.Serialization;

namespace Ferry.Api.V1.Providers.AzureKeyVault;

[JsonConverter(typeof(JsonStringEnumConverter<AzureAuthType>))]
public enum AzureAuthType
{
    [JsonStringEnumMemberName("ServicePrincipal")]
    ServicePrincipal,

    [JsonStringEnumMemberName("ManagedIdentity")]
    ManagedIdentity,

    [JsonStringEnumMemberName("WorkloadIdentity")]
    WorkloadIdentity,
}
