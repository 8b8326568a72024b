using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Aws;

public sealed class AwsProvider
{
    [JsonPropertyName("additionalRoles")]
    public List<string>? AdditionalRoles { get; set; }

    [JsonPropertyName("auth")]
    public AwsAuth? Auth { get; set; }

    [JsonPropertyName("customSessionTags")]
    [CelRule("!('esoNamespace' in self) && !('esoStoreName' in self) && !('esoStoreKind' in self)", Message = "customSessionTags cannot contain automatically injected reserved keys: esoNamespace, esoStoreName, esoStoreKind")]
    public Dictionary<string, string>? CustomSessionTags { get; set; }

    [JsonPropertyName("externalID")]
    public string? ExternalID { get; set; }

    [JsonPropertyName("prefix")]
    public string? Prefix { get; set; }

    [JsonPropertyName("region")]
    [Required]
    public string Region { get; set; } = string.Empty;

    [JsonPropertyName("role")]
    public string? Role { get; set; }

    [JsonPropertyName("secretsManager")]
    public AwsSecretsManager? SecretsManager { get; set; }

    [JsonPropertyName("service")]
    [Required]
    public AwsServiceType? Service { get; set; }

    [JsonPropertyName("sessionTags")]
    public List<AwsTag>? SessionTags { get; set; }

    [JsonPropertyName("sessionTagsPolicy")]
    [Default("\"None\"")]
    public AwsSessionTagsPolicy? SessionTagsPolicy { get; set; }

    [JsonPropertyName("transitiveTagKeys")]
    public List<string>? TransitiveTagKeys { get; set; }
}
