using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

[Description("A namespace where provisioning failed, and why.")]
public sealed class NamespaceFailure
{
    [Description("The namespace in which provisioning failed.")]
    [JsonPropertyName("namespace")]
    [Required]
    public string Namespace { get; set; } = string.Empty;

    [Description("Why provisioning in that namespace failed.")]
    [JsonPropertyName("reason")]
    public string? Reason { get; set; }
}
