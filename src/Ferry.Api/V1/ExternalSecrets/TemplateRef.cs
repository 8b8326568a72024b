using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

[Description("A ConfigMap or Secret holding templates, and which of its keys to use.")]
public sealed class TemplateRef
{
    [Description("The keys to read, each with how its template is applied.")]
    [JsonPropertyName("items")]
    [Required]
    public List<TemplateRefItem> Items { get; set; } = [];

    [Description("Name of the ConfigMap or Secret, in the ExternalSecret's namespace.")]
    [JsonPropertyName("name")]
    [Required]
    [Pattern(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    [Bounds(MinLength = 1, MaxLength = 253)]
    public string Name { get; set; } = string.Empty;
}
