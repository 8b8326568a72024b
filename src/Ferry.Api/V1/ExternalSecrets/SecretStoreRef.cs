using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

public sealed class SecretStoreRef
{
    [JsonPropertyName("kind")]
    public SecretStoreKind? Kind { get; set; }

    [JsonPropertyName("name")]
    [Pattern(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    [Bounds(MinLength = 1, MaxLength = 253)]
    public string? Name { get; set; }
}
