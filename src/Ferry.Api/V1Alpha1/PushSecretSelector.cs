using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;
using Ferry.Api.V1;

namespace Ferry.Api.V1Alpha1;

[Description("Where the pushed values come from; set exactly one field.")]
[Bounds(MinProperties = 1, MaxProperties = 1)]
public sealed class PushSecretSelector
{
    [Description("A generator whose output is pushed.")]
    [JsonPropertyName("generatorRef")]
    public GeneratorRef? GeneratorRef { get; set; }

    [Description("Secrets in the same namespace whose data is pushed.")]
    [JsonPropertyName("secret")]
    public PushSecretSecret? Secret { get; set; }
}
