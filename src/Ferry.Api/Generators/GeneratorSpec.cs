using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.Generators;

[Description("Settings for exactly one generator kind; only the field matching the surrounding kind is used.")]
[Bounds(MinProperties = 1, MaxProperties = 1)]
public sealed class GeneratorSpec
{
    [Description("The Azure Container Registry access token generator; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("acrAccessTokenSpec")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? AcrAccessTokenSpec { get; set; }

    [Description("The BeyondTrust workload credentials dynamic secret generator; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("beyondtrustWorkloadCredentialsDynamicSecretSpec")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? BeyondtrustWorkloadCredentialsDynamicSecretSpec { get; set; }

    [Description("The Cloudsmith access token generator; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("cloudsmithAccessTokenSpec")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? CloudsmithAccessTokenSpec { get; set; }

    [Description("The AWS ECR authorization token generator; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("ecrAuthorizationTokenSpec")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? EcrAuthorizationTokenSpec { get; set; }

    [Description("Settings used when the wrapped kind is Fake.")]
    [JsonPropertyName("fakeSpec")]
    public FakeSpec? FakeSpec { get; set; }

    [Description("The Google Container Registry access token generator; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("gcrAccessTokenSpec")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? GcrAccessTokenSpec { get; set; }

    [Description("The GitHub access token generator; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("githubAccessTokenSpec")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? GithubAccessTokenSpec { get; set; }

    [Description("The GitLab deploy token generator; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("gitlabDeployTokenSpec")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? GitlabDeployTokenSpec { get; set; }

    [Description("The Grafana service account token generator; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("grafanaSpec")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? GrafanaSpec { get; set; }

    [Description("The MFA one-time code generator; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("mfaSpec")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? MfaSpec { get; set; }

    [Description("Settings used when the wrapped kind is Password.")]
    [JsonPropertyName("passwordSpec")]
    public PasswordSpec? PasswordSpec { get; set; }

    [Description("The Quay access token generator; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("quayAccessTokenSpec")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? QuayAccessTokenSpec { get; set; }

    [Description("The SSH key generator; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("sshKeySpec")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? SshKeySpec { get; set; }

    [Description("The AWS STS session token generator; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("stsSessionTokenSpec")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? StsSessionTokenSpec { get; set; }

    [Description("Settings used when the wrapped kind is UUID; that generator has none.")]
    [JsonPropertyName("uuidSpec")]
    public UUIDSpec? UuidSpec { get; set; }

    [Description("The Vault dynamic secret generator; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("vaultDynamicSecretSpec")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? VaultDynamicSecretSpec { get; set; }

    [Description("The Webhook generator; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("webhookSpec")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? WebhookSpec { get; set; }
}
