using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

[Description("An alternative source for one entry: another store or a generator.")]
[Bounds(MinProperties = 1, MaxProperties = 1)]
public sealed class StoreGeneratorSourceRef
{
    [Description("A generator whose output is used instead of a store; only meaningful in dataFrom.")]
    [JsonPropertyName("generatorRef")]
    public GeneratorRef? GeneratorRef { get; set; }

    [Description("A store used for this entry instead of spec.secretStoreRef.")]
    [JsonPropertyName("storeRef")]
    public SecretStoreRef? StoreRef { get; set; }
}
