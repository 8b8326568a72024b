using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Aws;

[Description("Connects to AWS Secrets Manager, Parameter Store or Certificate Manager.")]
public sealed class AwsProvider
{
    [Description("Further IAM role ARNs assumed one after another once role is assumed, for chained access.")]
    [JsonPropertyName("additionalRoles")]
    public List<string>? AdditionalRoles { get; set; }

    [Description("How Ferry gets AWS credentials; absent uses the default AWS credential chain.")]
    [JsonPropertyName("auth")]
    public AwsAuth? Auth { get; set; }

    [Description("Extra session tags, name to value, added when assuming a role; the names esoNamespace, esoStoreName and esoStoreKind are reserved.")]
    [JsonPropertyName("customSessionTags")]
    [CelRule("!('esoNamespace' in self) && !('esoStoreName' in self) && !('esoStoreKind' in self)", Message = "customSessionTags cannot contain automatically injected reserved keys: esoNamespace, esoStoreName, esoStoreKind")]
    public Dictionary<string, string>? CustomSessionTags { get; set; }

    [Description("External ID sent when assuming role, as the trusting account may demand.")]
    [JsonPropertyName("externalID")]
    public string? ExternalID { get; set; }

    [Description("Text put in front of every remote key before it is looked up.")]
    [JsonPropertyName("prefix")]
    public string? Prefix { get; set; }

    [Description("AWS region of the service, such as eu-west-1.")]
    [JsonPropertyName("region")]
    [Required]
    public string Region { get; set; } = string.Empty;

    [Description("ARN of an IAM role to assume with the credentials from auth.")]
    [JsonPropertyName("role")]
    public string? Role { get; set; }

    [Description("How Secrets Manager deletes secrets that Ferry pushed.")]
    [JsonPropertyName("secretsManager")]
    public AwsSecretsManager? SecretsManager { get; set; }

    [Description("Which AWS service holds the secrets: SecretsManager, ParameterStore or CertificateManager.")]
    [JsonPropertyName("service")]
    [Required]
    public AwsServiceType? Service { get; set; }

    [Description("Session tags attached when assuming a role.")]
    [JsonPropertyName("sessionTags")]
    public List<AwsTag>? SessionTags { get; set; }

    [Description("Whether and how Ferry adds its own session tags (esoNamespace, esoStoreName, esoStoreKind) when assuming a role: None, Simple or Custom. Defaults to None.")]
    [JsonPropertyName("sessionTagsPolicy")]
    [Default("\"None\"")]
    public AwsSessionTagsPolicy? SessionTagsPolicy { get; set; }

    [Description("Session tag keys that are passed on to roles assumed later in a chain.")]
    [JsonPropertyName("transitiveTagKeys")]
    public List<string>? TransitiveTagKeys { get; set; }
}
