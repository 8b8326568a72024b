using Ferry.Api.V1;

namespace Ferry.Providers.Tests.Webhook;

/// <summary>Credential Secrets held in memory, keyed by Secret name; counts reads.</summary>
internal sealed class DictionaryCredentials : IStoreCredentials
{
    private readonly Dictionary<string, Dictionary<string, SecretValue>> _secrets = [];

    public int Reads { get; private set; }

    public DictionaryCredentials With(string name, params (string Key, string Value)[] data)
    {
        _secrets[name] = data.ToDictionary(d => d.Key, d => SecretValue.FromString(d.Value));
        return this;
    }

    public async ValueTask<SecretValue> GetSecretKeyAsync(SecretKeySelector selector, CancellationToken cancellationToken)
    {
        var data = await GetSecretDataAsync(selector, cancellationToken);
        return data.TryGetValue(selector.Key ?? string.Empty, out var value) ? value : throw new SecretNotFoundException($"cannot find secret data for key: \"{selector.Key}\"");
    }

    public ValueTask<IReadOnlyDictionary<string, SecretValue>> GetSecretDataAsync(SecretKeySelector selector, CancellationToken cancellationToken)
    {
        Reads++;
        return _secrets.TryGetValue(selector.Name ?? string.Empty, out var data)
            ? ValueTask.FromResult<IReadOnlyDictionary<string, SecretValue>>(data)
            : throw new SecretNotFoundException($"cannot find secret default/{selector.Name}");
    }
}
