using System.Text.Json.Serialization;

namespace Ferry.Api.V1.Providers.Vault;

public sealed class VaultCheckAndSet
{
    [JsonPropertyName("required")]
    public bool? Required { get; set; }
}
