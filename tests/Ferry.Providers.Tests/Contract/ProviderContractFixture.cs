namespace Ferry.Providers.Tests.Contract;

/// <summary>
/// What a provider supplies to run the contract suite: the provider, and a way to seed its backend (a fake
/// server, an in-memory store) with <see cref="ContractData.Seed"/> and get a client for it. Capability flags
/// switch off the tests for behaviour ESO itself leaves to each provider.
/// </summary>
public abstract class ProviderContractFixture : IAsyncDisposable
{
    public abstract ISecretsProvider Provider { get; }

    /// <summary>Versions are addressable by <c>remoteRef.version</c> with the seeded version strings.</summary>
    public virtual bool SupportsVersions => true;

    /// <summary>find.name.regexp is implemented.</summary>
    public virtual bool SupportsFindByName => true;

    /// <summary>remoteRef.property is a gjson path into the secret's JSON (false for the webhook, whose property is
    /// only a template variable for the endpoint).</summary>
    public virtual bool SupportsPropertyPaths => true;

    /// <summary>GetSecretMap keeps non-string members as their JSON text (1.50 stays 1.50); the webhook re-marshals them as Go does.
    /// Combined with <see cref="KeepsJsonText"/>.</summary>
    public virtual bool MapKeepsJsonText => true;

    /// <summary>A property path that selects nothing is reported as not found (true for the fake; some providers error).</summary>
    public virtual bool MissingPropertyIsNotFound => true;

    /// <summary>
    /// For providers whose secrets are key/value maps (Vault): the property a plain seeded value is stored under.
    /// The suite then reads and pushes plain values through that property. Null for providers of plain values.
    /// </summary>
    public virtual string? PlainValueProperty => null;

    /// <summary>
    /// JSON values come back exactly as seeded. False where the backend stores parsed JSON and ESO re-encodes it
    /// (Vault: nested objects lose their spacing, and a map expansion reads numbers as Go float64, so 1.50 is 1.5).
    /// </summary>
    public virtual bool KeepsJsonText => true;

    /// <summary>The provider's name for a seeded version (Vault numbers versions from 1: v1 is "1").</summary>
    public virtual string VersionId(string seededVersion) => seededVersion;


    public abstract ValueTask<ISecretsClient> CreateClientAsync(IReadOnlyList<ContractSecret> seed, CancellationToken cancellationToken);

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
