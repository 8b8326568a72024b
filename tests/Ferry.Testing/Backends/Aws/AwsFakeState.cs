using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Ferry.Testing.Backends.Aws;

/// <summary>What the fake's services share: the account, region, clock, accepted keys, and one lock for all data.</summary>
internal sealed class AwsFakeState(string region, string accountId, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, AwsFakeAccessKey> _keys = new(StringComparer.Ordinal);

    public Lock Gate { get; } = new();

    public string Region { get; } = region;

    public string AccountId { get; } = accountId;

    public TimeProvider Time { get; } = time;

    public DateTimeOffset Now => Time.GetUtcNow();

    public AwsFakeAccessKey? FindKey(string accessKeyId) => _keys.GetValueOrDefault(accessKeyId);

    public void AddKey(AwsFakeAccessKey key) => _keys[key.AccessKeyId] = key;

    public bool RemoveKey(string accessKeyId) => _keys.TryRemove(accessKeyId, out _);

    public static string RandomId(string prefix, int length)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        return prefix + RandomNumberGenerator.GetString(Alphabet, length);
    }

    public static string RandomSecret(int length) =>
        RandomNumberGenerator.GetString("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", length);

    public static double EpochSeconds(DateTimeOffset time) => time.ToUnixTimeMilliseconds() / 1000.0;
}
