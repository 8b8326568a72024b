using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Ferry.Api.V1.Providers.Vault;

[Description("Check-and-set settings for writes to a KV version 2 engine.")]
public sealed class VaultCheckAndSet
{
    [Description("When true every write names the version it replaces, so a concurrent change makes it fail rather than be overwritten.")]
    [JsonPropertyName("required")]
    public bool? Required { get; set; }
}
