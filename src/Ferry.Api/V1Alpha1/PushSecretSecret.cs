using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;
using Ferry.Api.V1;

namespace Ferry.Api.V1Alpha1;

[Description("Chooses the source Secret or Secrets in the PushSecret's namespace.")]
public sealed class PushSecretSecret
{
    [Description("Name of the Secret to push.")]
    [JsonPropertyName("name")]
    [Pattern(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    [Bounds(MinLength = 1, MaxLength = 253)]
    public string? Name { get; set; }

    [Description("Label selector choosing the Secrets to push; used instead of name.")]
    [JsonPropertyName("selector")]
    public LabelSelector? Selector { get; set; }
}
