using System.Text.Json;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;
using Ferry.Api.V1;

namespace Ferry.Api.V1Alpha1;

[CelRule("has(self.storeRef) && (has(self.storeRef.name) || has(self.storeRef.labelSelector))", Message = "storeRef must specify either name or labelSelector", Order = 0)]
[CelRule("!has(self.remoteKey) || !has(self.rewrite) || size(self.rewrite) == 0", Message = "remoteKey and rewrite are mutually exclusive: rewrite is only supported in per-key mode (without remoteKey)", Order = 1)]
public sealed class PushSecretDataTo
{
    [JsonPropertyName("conversionStrategy")]
    [Default("\"None\"")]
    public PushSecretConversionStrategy? ConversionStrategy { get; set; }

    [JsonPropertyName("match")]
    public FindName? Match { get; set; }

    [JsonPropertyName("metadata")]
    [PreserveUnknownFields]
    [AnyJsonValue]
    public JsonElement? Metadata { get; set; }

    [JsonPropertyName("remoteKey")]
    public string? RemoteKey { get; set; }

    [JsonPropertyName("rewrite")]
    public List<PushSecretRewrite>? Rewrite { get; set; }

    [JsonPropertyName("storeRef")]
    public PushSecretStoreRef? StoreRef { get; set; }
}
