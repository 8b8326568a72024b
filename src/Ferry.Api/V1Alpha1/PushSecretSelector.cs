using System.Text.Json.Serialization;
using Ferry.Api.Schema;
using Ferry.Api.V1;

namespace Ferry.Api.V1Alpha1;

[Bounds(MinProperties = 1, MaxProperties = 1)]
public sealed class PushSecretSelector
{
    [JsonPropertyName("generatorRef")]
    public GeneratorRef? GeneratorRef { get; set; }

    [JsonPropertyName("secret")]
    public PushSecretSecret? Secret { get; set; }
}
