using System.Text.Json.Serialization;

namespace Ferry.Api.V1;

[JsonConverter(typeof(JsonStringEnumConverter<GeneratorRefKind>))]
public enum GeneratorRefKind
{
    [JsonStringEnumMemberName("ACRAccessToken")]
    ACRAccessToken,

    [JsonStringEnumMemberName("BeyondtrustWorkloadCredentialsDynamicSecret")]
    BeyondtrustWorkloadCredentialsDynamicSecret,

    [JsonStringEnumMemberName("ClusterGenerator")]
    ClusterGenerator,

    [JsonStringEnumMemberName("CloudsmithAccessToken")]
    CloudsmithAccessToken,

    [JsonStringEnumMemberName("ECRAuthorizationToken")]
    ECRAuthorizationToken,

    [JsonStringEnumMemberName("Fake")]
    Fake,

    [JsonStringEnumMemberName("GCRAccessToken")]
    GCRAccessToken,

    [JsonStringEnumMemberName("GithubAccessToken")]
    GithubAccessToken,

    [JsonStringEnumMemberName("GitlabDeployToken")]
    GitlabDeployToken,

    [JsonStringEnumMemberName("QuayAccessToken")]
    QuayAccessToken,

    [JsonStringEnumMemberName("Password")]
    Password,

    [JsonStringEnumMemberName("SSHKey")]
    SSHKey,

    [JsonStringEnumMemberName("STSSessionToken")]
    STSSessionToken,

    [JsonStringEnumMemberName("UUID")]
    UUID,

    [JsonStringEnumMemberName("VaultDynamicSecret")]
    VaultDynamicSecret,

    [JsonStringEnumMemberName("Webhook")]
    Webhook,

    [JsonStringEnumMemberName("Grafana")]
    Grafana,

    [JsonStringEnumMemberName("MFA")]
    MFA,
}
