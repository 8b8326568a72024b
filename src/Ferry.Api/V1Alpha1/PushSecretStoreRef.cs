using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;
using Ferry.Api.V1;

namespace Ferry.Api.V1Alpha1;

[Description("Chooses the stores to push to.")]
public sealed class PushSecretStoreRef
{
    [Description("SecretStore or ClusterSecretStore. Defaults to SecretStore.")]
    [JsonPropertyName("kind")]
    [Default("\"SecretStore\"")]
    public SecretStoreKind? Kind { get; set; }

    [Description("Pushes to every store of this kind whose labels match; used instead of name.")]
    [JsonPropertyName("labelSelector")]
    public LabelSelector? LabelSelector { get; set; }

    [Description("Name of the store.")]
    [JsonPropertyName("name")]
    [Pattern(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    [Bounds(MinLength = 1, MaxLength = 253)]
    public string? Name { get; set; }
}
