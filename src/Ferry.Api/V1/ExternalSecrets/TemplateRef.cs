using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

public sealed class TemplateRef
{
    [JsonPropertyName("items")]
    [Required]
    public List<TemplateRefItem> Items { get; set; } = [];

    [JsonPropertyName("name")]
    [Required]
    [Pattern(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    [Bounds(MinLength = 1, MaxLength = 253)]
    public string Name { get; set; } = string.Empty;
}
