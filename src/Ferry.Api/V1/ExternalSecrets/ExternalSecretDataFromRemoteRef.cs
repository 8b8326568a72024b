using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Ferry.Api.V1;

[Description("One bulk source of keys: a whole remote secret, a search of the store, or a generator.")]
public sealed class ExternalSecretDataFromRemoteRef
{
    [Description("Reads one remote secret and turns each top-level field of its JSON value into a key.")]
    [JsonPropertyName("extract")]
    public ExternalSecretDataRemoteRef? Extract { get; set; }

    [Description("Searches the store by name or tags and turns every match into a key.")]
    [JsonPropertyName("find")]
    public ExternalSecretFind? Find { get; set; }

    [Description("Key rewrites applied in order to what this entry produced, before it reaches the target.")]
    [JsonPropertyName("rewrite")]
    public List<ExternalSecretRewrite>? Rewrite { get; set; }

    [Description("Reads this entry from another store, or runs a generator instead of reading a store.")]
    [JsonPropertyName("sourceRef")]
    public StoreGeneratorSourceRef? SourceRef { get; set; }
}
