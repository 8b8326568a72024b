using System.Text.Json;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;
using Ferry.Api.V1.Providers.Aws;
using Ferry.Api.V1.Providers.AzureKeyVault;
using Ferry.Api.V1.Providers.Fake;
using Ferry.Api.V1.Providers.Gcp;
using Ferry.Api.V1.Providers.Kubernetes;
using Ferry.Api.V1.Providers.Vault;
using Ferry.Api.V1.Providers.Webhook;

namespace Ferry.Api.V1;

[Bounds(MinProperties = 1, MaxProperties = 1)]
public sealed class SecretStoreProvider
{
    [JsonPropertyName("akeyless")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Akeyless { get; set; }

    [JsonPropertyName("aws")]
    public AwsProvider? Aws { get; set; }

    [JsonPropertyName("azurekv")]
    public AzureKeyVaultProvider? AzureKeyVault { get; set; }

    [JsonPropertyName("barbican")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Barbican { get; set; }

    [JsonPropertyName("beyondtrust")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Beyondtrust { get; set; }

    [JsonPropertyName("beyondtrustworkloadcredentials")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Beyondtrustworkloadcredentials { get; set; }

    [JsonPropertyName("bitwardensecretsmanager")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Bitwardensecretsmanager { get; set; }

    [JsonPropertyName("chef")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Chef { get; set; }

    [JsonPropertyName("cloudrusm")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Cloudrusm { get; set; }

    [JsonPropertyName("conjur")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Conjur { get; set; }

    [JsonPropertyName("crd")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Crd { get; set; }

    [JsonPropertyName("delinea")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Delinea { get; set; }

    [JsonPropertyName("doppler")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Doppler { get; set; }

    [JsonPropertyName("dvls")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Dvls { get; set; }

    [JsonPropertyName("fake")]
    public FakeProvider? Fake { get; set; }

    [JsonPropertyName("fortanix")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Fortanix { get; set; }

    [JsonPropertyName("gcpsm")]
    public GcpSecretManagerProvider? GcpSecretManager { get; set; }

    [JsonPropertyName("github")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Github { get; set; }

    [JsonPropertyName("gitlab")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Gitlab { get; set; }

    [JsonPropertyName("ibm")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Ibm { get; set; }

    [JsonPropertyName("infisical")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Infisical { get; set; }

    [JsonPropertyName("keepersecurity")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Keepersecurity { get; set; }

    [JsonPropertyName("kubernetes")]
    public KubernetesProvider? Kubernetes { get; set; }

    [JsonPropertyName("nebiusmysterybox")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Nebiusmysterybox { get; set; }

    [JsonPropertyName("ngrok")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Ngrok { get; set; }

    [JsonPropertyName("onboardbase")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Onboardbase { get; set; }

    [JsonPropertyName("onepassword")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Onepassword { get; set; }

    [JsonPropertyName("onepasswordSDK")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? OnepasswordSDK { get; set; }

    [JsonPropertyName("openBao")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? OpenBao { get; set; }

    [JsonPropertyName("oracle")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Oracle { get; set; }

    [JsonPropertyName("ovh")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Ovh { get; set; }

    [JsonPropertyName("passbolt")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Passbolt { get; set; }

    [JsonPropertyName("passworddepot")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Passworddepot { get; set; }

    [JsonPropertyName("previder")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Previder { get; set; }

    [JsonPropertyName("pulumi")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Pulumi { get; set; }

    [JsonPropertyName("scaleway")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Scaleway { get; set; }

    [JsonPropertyName("secretserver")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Secretserver { get; set; }

    [JsonPropertyName("senhasegura")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Senhasegura { get; set; }

    [JsonPropertyName("vault")]
    public VaultProvider? Vault { get; set; }

    [JsonPropertyName("volcengine")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Volcengine { get; set; }

    [JsonPropertyName("webhook")]
    public WebhookProvider? Webhook { get; set; }

    [JsonPropertyName("yandexcertificatemanager")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Yandexcertificatemanager { get; set; }

    [JsonPropertyName("yandexlockbox")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Yandexlockbox { get; set; }
}
