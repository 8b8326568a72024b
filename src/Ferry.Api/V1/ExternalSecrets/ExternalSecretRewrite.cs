using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

[Description("One rewrite step applied to the keys of a dataFrom entry; set exactly one of its fields.")]
[Bounds(MinProperties = 1, MaxProperties = 1)]
public sealed class ExternalSecretRewrite
{
    [Description("Combines the JSON values of all keys into one map.")]
    [JsonPropertyName("merge")]
    public ExternalSecretRewriteMerge? Merge { get; set; }

    [Description("Renames keys with a regular expression replacement.")]
    [JsonPropertyName("regexp")]
    public ExternalSecretRewriteRegexp? Regexp { get; set; }

    [Description("Renames keys with a Go template.")]
    [JsonPropertyName("transform")]
    public ExternalSecretRewriteTransform? Transform { get; set; }
}
