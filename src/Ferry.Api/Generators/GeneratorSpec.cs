using System.Text.Json;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.Generators;

[Bounds(MinProperties = 1, MaxProperties = 1)]
public sealed class GeneratorSpec
{
    [JsonPropertyName("acrAccessTokenSpec")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? AcrAccessTokenSpec { get; set; }

    [JsonPropertyName("beyondtrustWorkloadCredentialsDynamicSecretSpec")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? BeyondtrustWorkloadCredentialsDynamicSecretSpec { get; set; }

    [JsonPropertyName("cloudsmithAccessTokenSpec")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? CloudsmithAccessTokenSpec { get; set; }

    [JsonPropertyName("ecrAuthorizationTokenSpec")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? EcrAuthorizationTokenSpec { get; set; }

    [JsonPropertyName("fakeSpec")]
    public FakeSpec? FakeSpec { get; set; }

    [JsonPropertyName("gcrAccessTokenSpec")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? GcrAccessTokenSpec { get; set; }

    [JsonPropertyName("githubAccessTokenSpec")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? GithubAccessTokenSpec { get; set; }

    [JsonPropertyName("gitlabDeployTokenSpec")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? GitlabDeployTokenSpec { get; set; }

    [JsonPropertyName("grafanaSpec")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? GrafanaSpec { get; set; }

    [JsonPropertyName("mfaSpec")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? MfaSpec { get; set; }

    [JsonPropertyName("passwordSpec")]
    public PasswordSpec? PasswordSpec { get; set; }

    [JsonPropertyName("quayAccessTokenSpec")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? QuayAccessTokenSpec { get; set; }

    [JsonPropertyName("sshKeySpec")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? SshKeySpec { get; set; }

    [JsonPropertyName("stsSessionTokenSpec")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? StsSessionTokenSpec { get; set; }

    [JsonPropertyName("uuidSpec")]
    public UUIDSpec? UuidSpec { get; set; }

    [JsonPropertyName("vaultDynamicSecretSpec")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? VaultDynamicSecretSpec { get; set; }

    [JsonPropertyName("webhookSpec")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? WebhookSpec { get; set; }
}
