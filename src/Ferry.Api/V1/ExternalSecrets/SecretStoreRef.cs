using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1;

[Description("Points at a SecretStore or ClusterSecretStore.")]
public sealed class SecretStoreRef
{
    [Description("SecretStore or ClusterSecretStore; absent means SecretStore.")]
    [JsonPropertyName("kind")]
    public SecretStoreKind? Kind { get; set; }

    [Description("Name of the store.")]
    [JsonPropertyName("name")]
    [Pattern(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    [Bounds(MinLength = 1, MaxLength = 253)]
    public string? Name { get; set; }
}
