using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

public sealed class ClusterSecretStoreCondition
{
    [JsonPropertyName("namespaceRegexes")]
    public List<string>? NamespaceRegexes { get; set; }

    [JsonPropertyName("namespaceSelector")]
    public LabelSelector? NamespaceSelector { get; set; }

    [JsonPropertyName("namespaces")]
    [Items(Pattern = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", MinLength = 1, MaxLength = 63)]
    public List<string>? Namespaces { get; set; }
}
