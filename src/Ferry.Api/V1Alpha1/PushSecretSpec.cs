using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;
using Ferry.Api.V1;

namespace Ferry.Api.V1Alpha1;

[Description("The desired state of a PushSecret.")]
public sealed class PushSecretSpec
{
    [Description("Individual keys to push, each with its remote location.")]
    [JsonPropertyName("data")]
    public List<PushSecretData>? Data { get; set; }

    [Description("Bulk pushes that send many source keys at once.")]
    [JsonPropertyName("dataTo")]
    public List<PushSecretDataTo>? DataTo { get; set; }

    [Description("Delete removes remote values this PushSecret stops pushing, including when it is deleted; None leaves them in place. Defaults to None.")]
    [JsonPropertyName("deletionPolicy")]
    [Default("\"None\"")]
    public PushSecretDeletionPolicy? DeletionPolicy { get; set; }

    [Description("How often Ferry pushes the values again, as a Go duration such as 10m. Defaults to 1h0m0s.")]
    [JsonPropertyName("refreshInterval")]
    [Default("\"1h0m0s\"")]
    public string? RefreshInterval { get; set; }

    [Description("The stores to push to, each by name or label selector.")]
    [JsonPropertyName("secretStoreRefs")]
    [Required]
    public List<PushSecretStoreRef> SecretStoreRefs { get; set; } = [];

    [Description("The source of the values: Secrets or a generator.")]
    [JsonPropertyName("selector")]
    [Required]
    public PushSecretSelector Selector { get; set; } = new();

    [Description("Go templates applied to the source data before it is pushed; always rendered with engine v2.")]
    [JsonPropertyName("template")]
    public ExternalSecretTemplate? Template { get; set; }

    [Description("Replace overwrites existing remote values; IfNotExists writes only values that are not there yet. Defaults to Replace.")]
    [JsonPropertyName("updatePolicy")]
    [Default("\"Replace\"")]
    public PushSecretUpdatePolicy? UpdatePolicy { get; set; }
}
