using System.Text.Json.Nodes;

namespace Ferry.Testing.Backends.Vault;

internal sealed class VaultFakeKvVersion
{
    public JsonObject? Data { get; set; }

    public required DateTimeOffset Created { get; init; }

    public DateTimeOffset? Deleted { get; set; }

    public bool Destroyed { get; set; }

    public bool IsLive => Deleted is null && !Destroyed;
}
