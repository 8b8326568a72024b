using System.Text.Json.Serialization;
using Ferry.Api.Schema;
using Ferry.Api.V1;

namespace Ferry.Api.V1Alpha1;

[CelRule("(has(self.regexp) && !has(self.transform)) || (!has(self.regexp) && has(self.transform))", Message = "exactly one of regexp or transform must be set")]
public sealed class PushSecretRewrite
{
    [JsonPropertyName("regexp")]
    public ExternalSecretRewriteRegexp? Regexp { get; set; }

    [JsonPropertyName("transform")]
    public ExternalSecretRewriteTransform? Transform { get; set; }
}
