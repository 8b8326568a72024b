using System.ComponentModel;
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

[Description("The backend this store talks to; set exactly one field.")]
[Bounds(MinProperties = 1, MaxProperties = 1)]
public sealed class SecretStoreProvider
{
    [Description("The Akeyless provider; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("akeyless")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Akeyless { get; set; }

    [Description("Use AWS Secrets Manager, Parameter Store or Certificate Manager.")]
    [JsonPropertyName("aws")]
    public AwsProvider? Aws { get; set; }

    [Description("Use Azure Key Vault.")]
    [JsonPropertyName("azurekv")]
    public AzureKeyVaultProvider? AzureKeyVault { get; set; }

    [Description("The OpenStack Barbican provider; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("barbican")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Barbican { get; set; }

    [Description("The BeyondTrust Password Safe provider; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("beyondtrust")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Beyondtrust { get; set; }

    [Description("The BeyondTrust workload credentials provider; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("beyondtrustworkloadcredentials")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Beyondtrustworkloadcredentials { get; set; }

    [Description("The Bitwarden Secrets Manager provider; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("bitwardensecretsmanager")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Bitwardensecretsmanager { get; set; }

    [Description("The Chef Infra Server provider; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("chef")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Chef { get; set; }

    [Description("The Cloud.ru Secret Manager provider; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("cloudrusm")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Cloudrusm { get; set; }

    [Description("The CyberArk Conjur provider; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("conjur")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Conjur { get; set; }

    [Description("The Kubernetes custom resource provider; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("crd")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Crd { get; set; }

    [Description("The Delinea DevOps Secrets Vault provider; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("delinea")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Delinea { get; set; }

    [Description("The Doppler provider; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("doppler")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Doppler { get; set; }

    [Description("The Devolutions Server provider; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("dvls")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Dvls { get; set; }

    [Description("Use an in-memory store with fixed values, meant for tests.")]
    [JsonPropertyName("fake")]
    public FakeProvider? Fake { get; set; }

    [Description("The Fortanix provider; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("fortanix")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Fortanix { get; set; }

    [Description("Use Google Cloud Secret Manager.")]
    [JsonPropertyName("gcpsm")]
    public GcpSecretManagerProvider? GcpSecretManager { get; set; }

    [Description("The GitHub provider; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("github")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Github { get; set; }

    [Description("The GitLab provider; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("gitlab")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Gitlab { get; set; }

    [Description("The IBM Cloud Secrets Manager provider; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("ibm")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Ibm { get; set; }

    [Description("The Infisical provider; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("infisical")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Infisical { get; set; }

    [Description("The Keeper Security provider; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("keepersecurity")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Keepersecurity { get; set; }

    [Description("Use the Secrets of a Kubernetes cluster.")]
    [JsonPropertyName("kubernetes")]
    public KubernetesProvider? Kubernetes { get; set; }

    [Description("The Nebius MysteryBox provider; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("nebiusmysterybox")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Nebiusmysterybox { get; set; }

    [Description("The ngrok provider; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("ngrok")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Ngrok { get; set; }

    [Description("The Onboardbase provider; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("onboardbase")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Onboardbase { get; set; }

    [Description("The 1Password Connect provider; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("onepassword")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Onepassword { get; set; }

    [Description("The 1Password SDK provider; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("onepasswordSDK")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? OnepasswordSDK { get; set; }

    [Description("The OpenBao provider; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("openBao")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? OpenBao { get; set; }

    [Description("The Oracle Cloud Vault provider; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("oracle")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Oracle { get; set; }

    [Description("The OVHcloud Secret Manager provider; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("ovh")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Ovh { get; set; }

    [Description("The Passbolt provider; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("passbolt")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Passbolt { get; set; }

    [Description("The Password Depot provider; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("passworddepot")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Passworddepot { get; set; }

    [Description("The Previder provider; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("previder")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Previder { get; set; }

    [Description("The Pulumi ESC provider; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("pulumi")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Pulumi { get; set; }

    [Description("The Scaleway Secret Manager provider; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("scaleway")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Scaleway { get; set; }

    [Description("The Delinea Secret Server provider; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("secretserver")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Secretserver { get; set; }

    [Description("The senhasegura provider; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("senhasegura")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Senhasegura { get; set; }

    [Description("Use HashiCorp Vault.")]
    [JsonPropertyName("vault")]
    public VaultProvider? Vault { get; set; }

    [Description("The Volcengine provider; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("volcengine")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Volcengine { get; set; }

    [Description("Use an HTTP endpoint.")]
    [JsonPropertyName("webhook")]
    public WebhookProvider? Webhook { get; set; }

    [Description("The Yandex Certificate Manager provider; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("yandexcertificatemanager")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Yandexcertificatemanager { get; set; }

    [Description("The Yandex Lockbox provider; Ferry keeps this spec as given but does not implement it yet.")]
    [JsonPropertyName("yandexlockbox")]
    [OpaqueProvider]
    [PreserveUnknownFields]
    public JsonElement? Yandexlockbox { get; set; }
}
