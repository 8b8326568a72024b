using Ferry.Providers;

namespace Ferry.Controllers.Stores;

/// <summary>
/// The providers this Ferry build implements, by the spec.provider key they serve. A store naming any other key is
/// reported as not supported; adding a backend is one more entry in the executable's list.
/// </summary>
public sealed class ProviderRegistry
{
    private readonly Dictionary<string, ISecretsProvider> _byName = new(StringComparer.Ordinal);

    public ProviderRegistry(IEnumerable<ISecretsProvider> providers)
    {
        ArgumentNullException.ThrowIfNull(providers);
        foreach (var provider in providers)
        {
            if (!_byName.TryAdd(provider.Name, provider))
            {
                throw new ArgumentException($"Two providers serve the key \"{provider.Name}\".", nameof(providers));
            }
        }
    }

    public IReadOnlyCollection<string> Names => _byName.Keys;

    public ISecretsProvider? Find(string name) => _byName.GetValueOrDefault(name);
}
