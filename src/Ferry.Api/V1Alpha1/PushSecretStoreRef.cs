using System.Text.Json.Serialization;
using Ferry.Api.Schema;
using Ferry.Api.V1;

namespace Ferry.Api.V1Alpha1;

public sealed class PushSecretStoreRef
{
    [JsonPropertyName("kind")]
    [Default("\"SecretStore\"")]
    public SecretStoreKind? Kind { get; set; }

    [JsonPropertyName("labelSelector")]
    public LabelSelector? LabelSelector { get; set; }

    [JsonPropertyName("name")]
    [Pattern(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    [Bounds(MinLength = 1, MaxLength = 253)]
    public string? Name { get; set; }
}
