using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

[Bounds(MinProperties = 1, MaxProperties = 1)]
public sealed class StoreGeneratorSourceRef
{
    [JsonPropertyName("generatorRef")]
    public GeneratorRef? GeneratorRef { get; set; }

    [JsonPropertyName("storeRef")]
    public SecretStoreRef? StoreRef { get; set; }
}
