using Ferry.Api.V1;

namespace Ferry.Providers.Tests.Aws;

/// <summary>Credentials Secrets as "name/key" → value; a missing entry is reported as the controllers' reader does.</summary>
internal sealed class MapCredentials(IReadOnlyDictionary<string, string> values) : IStoreCredentials
{
    public int Reads { get; private set; }

    public ValueTask<SecretValue> GetSecretKeyAsync(SecretKeySelector selector, CancellationToken cancellationToken)
    {
        Reads++;
        return values.TryGetValue($"{selector.Name}/{selector.Key}", out var value)
            ? ValueTask.FromResult(SecretValue.FromString(value))
            : throw new SecretNotFoundException($"cannot find secret default/{selector.Name}");
    }
}
