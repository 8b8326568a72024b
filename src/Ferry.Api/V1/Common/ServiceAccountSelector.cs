using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

[Description("Points at a Kubernetes ServiceAccount whose token Ferry requests.")]
public sealed class ServiceAccountSelector
{
    [Description("Extra audiences (aud claims) for the requested token, added to any the provider needs itself.")]
    [JsonPropertyName("audiences")]
    public List<string>? Audiences { get; set; }

    [Description("Name of the ServiceAccount.")]
    [JsonPropertyName("name")]
    [Required]
    [Pattern(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    [Bounds(MinLength = 1, MaxLength = 253)]
    public string Name { get; set; } = string.Empty;

    [Description("Namespace of the ServiceAccount; honoured only for a ClusterSecretStore.")]
    [JsonPropertyName("namespace")]
    [Pattern("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    [Bounds(MinLength = 1, MaxLength = 63)]
    public string? Namespace { get; set; }
}
