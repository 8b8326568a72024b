using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

[Bounds(MinProperties = 1, MaxProperties = 1)]
public sealed class ExternalSecretRewrite
{
    [JsonPropertyName("merge")]
    public ExternalSecretRewriteMerge? Merge { get; set; }

    [JsonPropertyName("regexp")]
    public ExternalSecretRewriteRegexp? Regexp { get; set; }

    [JsonPropertyName("transform")]
    public ExternalSecretRewriteTransform? Transform { get; set; }
}
