using System.Text.Json.Serialization;

namespace Ferry.Api.V1;

public sealed class ExternalSecretDataFromRemoteRef
{
    [JsonPropertyName("extract")]
    public ExternalSecretDataRemoteRef? Extract { get; set; }

    [JsonPropertyName("find")]
    public ExternalSecretFind? Find { get; set; }

    [JsonPropertyName("rewrite")]
    public List<ExternalSecretRewrite>? Rewrite { get; set; }

    [JsonPropertyName("sourceRef")]
    public StoreGeneratorSourceRef? SourceRef { get; set; }
}
