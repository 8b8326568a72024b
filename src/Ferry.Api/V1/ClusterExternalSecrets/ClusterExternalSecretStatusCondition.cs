using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

[Description("One condition of a ClusterExternalSecret; unlike other conditions it has no reason.")]
public sealed class ClusterExternalSecretStatusCondition
{
    [Description("Human-readable detail about the status.")]
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    [Description("True, False or Unknown.")]
    [JsonPropertyName("status")]
    [Required]
    public string Status { get; set; } = string.Empty;

    [Description("Kind of condition; Ready is the only one used.")]
    [JsonPropertyName("type")]
    [Required]
    public string Type { get; set; } = string.Empty;
}
