using System.Collections.Concurrent;
using System.Globalization;
using Ferry.Api.V1;

namespace Ferry.Providers.Fake;

/// <summary>
/// ESO's <c>fake</c> provider: static data from the store spec (reloaded each time a client is built), pushes kept
/// in memory, read-write. One difference, on purpose: ESO keeps the memory per store name, so two stores of the
/// same name in different namespaces share pushed values; Ferry keeps it per store (kind, namespace, name).
/// </summary>
public sealed class FakeSecretsProvider : ISecretsProvider
{
    public const string ProviderName = "fake";

    private readonly ConcurrentDictionary<(SecretStoreKind Kind, string? Namespace, string Name), FakeDatabase> _databases = new();

    public string Name => ProviderName;

    public ProviderCapabilities Capabilities => ProviderCapabilities.ReadWrite;

    public StoreValidation ValidateStore(StoreIdentity store, SecretStoreSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var fake = spec.Provider.Fake;
        if (fake is null)
        {
            return StoreValidation.Valid;
        }

        for (var i = 0; i < fake.Data.Count; i++)
        {
            if (string.IsNullOrEmpty(fake.Data[i].Key))
            {
                return StoreValidation.Invalid(string.Create(CultureInfo.InvariantCulture, $"key must be set in data {i}"));
            }

            if (string.IsNullOrEmpty(fake.Data[i].Value))
            {
                return StoreValidation.Invalid(string.Create(CultureInfo.InvariantCulture, $"at least one value must be set in data {i}"));
            }
        }

        return StoreValidation.Valid;
    }

    public ValueTask<ISecretsClient> CreateClientAsync(StoreContext store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var fake = store.Spec.Provider.Fake ?? throw new ProviderException("missing store provider fake");
        var identity = store.Identity;
        var database = _databases.GetOrAdd((identity.Kind, identity.Namespace, identity.Name), _ => new FakeDatabase());
        database.Reload(fake.Data);
        return ValueTask.FromResult<ISecretsClient>(new FakeSecretsClient(database, fake.ValidationResult));
    }
}
