using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;
using Ferry.Api.V1;

namespace Ferry.Api.V1Alpha1;

[Description("One rename step for pushed keys; set exactly one field.")]
[CelRule("(has(self.regexp) && !has(self.transform)) || (!has(self.regexp) && has(self.transform))", Message = "exactly one of regexp or transform must be set")]
public sealed class PushSecretRewrite
{
    [Description("Renames keys by regular-expression replacement.")]
    [JsonPropertyName("regexp")]
    public ExternalSecretRewriteRegexp? Regexp { get; set; }

    [Description("Renames keys with a Go template.")]
    [JsonPropertyName("transform")]
    public ExternalSecretRewriteTransform? Transform { get; set; }
}
