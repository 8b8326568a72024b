using System.Text.Json.Serialization;
using Ferry.Api.Schema;
using Ferry.Api.V1;

namespace Ferry.Api.V1Alpha1;

public sealed class PushSecretSecret
{
    [JsonPropertyName("name")]
    [Pattern(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    [Bounds(MinLength = 1, MaxLength = 253)]
    public string? Name { get; set; }

    [JsonPropertyName("selector")]
    public LabelSelector? Selector { get; set; }
}
