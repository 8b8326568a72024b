using Ferry.Api.V1;

namespace Ferry.Providers.Values;

/// <summary>ESO's nullBytePolicy: under Fail a fetched value containing a NUL byte stops the sync.</summary>
public static class NullBytes
{
    /// <exception cref="ProviderException">The policy is Fail and the value contains a NUL byte.</exception>
    public static void Check(ExternalSecretNullBytePolicy? policy, string key, SecretValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (policy == ExternalSecretNullBytePolicy.Fail && value.Bytes.Span.Contains((byte)0))
        {
            throw new ProviderException($"fetched secret value for key \"{key}\" contains null bytes");
        }
    }

    /// <summary>Checks every value; the error names the first offending key in ordinal order, as ESO does.</summary>
    public static void CheckMap(ExternalSecretNullBytePolicy? policy, IReadOnlyDictionary<string, SecretValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (policy != ExternalSecretNullBytePolicy.Fail)
        {
            return;
        }

        foreach (var key in values.Keys.Order(StringComparer.Ordinal))
        {
            Check(policy, key, values[key]);
        }
    }
}
