using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

[Description("Limits which namespaces may use a ClusterSecretStore; a namespace matching any field of any condition is allowed.")]
public sealed class ClusterSecretStoreCondition
{
    [Description("Regular expressions, matched anywhere in the namespace name, that allow a namespace.")]
    [JsonPropertyName("namespaceRegexes")]
    public List<string>? NamespaceRegexes { get; set; }

    [Description("Label selector that allows the namespaces it matches.")]
    [JsonPropertyName("namespaceSelector")]
    public LabelSelector? NamespaceSelector { get; set; }

    [Description("Names of namespaces that are allowed.")]
    [JsonPropertyName("namespaces")]
    [Items(Pattern = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", MinLength = 1, MaxLength = 63)]
    public List<string>? Namespaces { get; set; }
}
