using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

[Description("The desired state of a SecretStore or ClusterSecretStore.")]
public sealed class SecretStoreSpec
{
    [Description("ClusterSecretStore only: the namespaces allowed to use the store; absent allows every namespace.")]
    [JsonPropertyName("conditions")]
    public List<ClusterSecretStoreCondition>? Conditions { get; set; }

    [Description("Controller class that should handle this store; empty lets any controller use it.")]
    [JsonPropertyName("controller")]
    public string? Controller { get; set; }

    [Description("The backend and its connection settings, as exactly one provider field.")]
    [JsonPropertyName("provider")]
    [Required]
    public SecretStoreProvider Provider { get; set; } = new();

    [Description("How often the store is validated again: a Go duration such as 5m, or a whole number of seconds; absent or 0 uses the controller's default of 5m.")]
    [JsonPropertyName("refreshInterval")]
    public IntegerOrString? RefreshInterval { get; set; }

    [Description("Retry behaviour of provider calls; only some providers, such as aws and vault, honour it.")]
    [JsonPropertyName("retrySettings")]
    public SecretStoreRetrySettings? RetrySettings { get; set; }
}
