using System.Text.Json;
using System.Text.Json.Nodes;
using Ferry.Providers.Tests.Contract;
using Ferry.Providers.Vault;

namespace Ferry.Providers.Tests.Vault;

/// <summary>
/// The contract suite against KV v2: a plain seeded value is stored as {"value": ...} (a Vault secret is a map), a
/// JSON object as itself, and seeded versions v1, v2 become Vault versions 1, 2.
/// </summary>
internal sealed class VaultContractFixture : ProviderContractFixture
{
    private readonly VaultSecretsProvider _provider = new();
    private VaultTestTarget? _target;

    public override ISecretsProvider Provider => _provider;

    public override string? PlainValueProperty => "value";

    public override bool KeepsJsonText => false;

    // ESO: a property path that selects nothing is an error ("cannot find secret data for key"), not a not-found.
    public override bool MissingPropertyIsNotFound => false;

    public override string VersionId(string seededVersion) => seededVersion.TrimStart('v');

    public override async ValueTask<ISecretsClient> CreateClientAsync(IReadOnlyList<ContractSecret> seed, CancellationToken cancellationToken)
    {
        _target = await VaultTestTarget.StartAsync();
        foreach (var group in seed.GroupBy(s => s.Key))
        {
            await _target.SeedV2Async(group.Key, [.. group.Select(s => AsMap(s.Value))]);
        }

        await _target.SendAsync(HttpMethod.Delete, $"{_target.Kv2Mount}/metadata/contract-pushed", null);
        return await _provider.CreateClientAsync(_target.Store(_target.Spec()), cancellationToken);
    }

    public override async ValueTask DisposeAsync()
    {
        if (_target is not null)
        {
            await _target.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    private static string AsMap(string value)
    {
        try
        {
            if (JsonNode.Parse(value) is JsonObject)
            {
                return value;
            }
        }
        catch (JsonException)
        {
            // A plain string: stored under "value" below.
        }

        return new JsonObject { ["value"] = value }.ToJsonString();
    }
}
