using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;
using Ferry.Api.V1;

namespace Ferry.Api.V1Alpha1;

[Description("Pushes many source keys to one store in one go.")]
[CelRule("has(self.storeRef) && (has(self.storeRef.name) || has(self.storeRef.labelSelector))", Message = "storeRef must specify either name or labelSelector", Order = 0)]
[CelRule("!has(self.remoteKey) || !has(self.rewrite) || size(self.rewrite) == 0", Message = "remoteKey and rewrite are mutually exclusive: rewrite is only supported in per-key mode (without remoteKey)", Order = 1)]
public sealed class PushSecretDataTo
{
    [Description("None pushes key names unchanged; ReverseUnicode turns _UXXXX_ codes back into the characters they stand for. Defaults to None.")]
    [JsonPropertyName("conversionStrategy")]
    [Default("\"None\"")]
    public PushSecretConversionStrategy? ConversionStrategy { get; set; }

    [Description("Regular expression choosing which source keys to push; absent chooses every key.")]
    [JsonPropertyName("match")]
    public FindName? Match { get; set; }

    [Description("Provider-specific settings for the pushed values, such as tags; its shape depends on the provider.")]
    [JsonPropertyName("metadata")]
    [PreserveUnknownFields]
    [AnyJsonValue]
    public JsonElement? Metadata { get; set; }

    [Description("When set, the chosen keys are pushed together as one JSON object under this remote key; cannot be combined with rewrite.")]
    [JsonPropertyName("remoteKey")]
    public string? RemoteKey { get; set; }

    [Description("Renames keys before they are pushed, each becoming its own remote key.")]
    [JsonPropertyName("rewrite")]
    public List<PushSecretRewrite>? Rewrite { get; set; }

    [Description("The store to push to, by name or label selector.")]
    [JsonPropertyName("storeRef")]
    public PushSecretStoreRef? StoreRef { get; set; }
}
