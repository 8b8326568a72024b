using Ferry.Api.V1;
using Ferry.Controllers.Stores;
using Ferry.Providers;

namespace Ferry.Controllers.Tests.ExternalSecrets;

/// <summary>One store the test resolver serves: fake-provider data, an outcome, a failure switch, a call count.</summary>
internal sealed class TestStore(SecretStoreKind kind, string? ns, string name)
{
    private readonly Lock _gate = new();
    private Dictionary<string, string> _data = new(StringComparer.Ordinal);
    private int _calls;

    public StoreIdentity Identity { get; } = new(kind, ns, name, Guid.NewGuid().ToString());

    public long Generation { get; private set; } = 1;

    public StoreResolutionOutcome Outcome { get; set; } = StoreResolutionOutcome.Usable;

    public string Message { get; set; } = "";

    /// <summary>Every provider call throws a ProviderException while set.</summary>
    public bool Failing { get; set; }

    public int Calls => Volatile.Read(ref _calls);

    public void Called()
    {
        Interlocked.Increment(ref _calls);
        if (Failing)
        {
            throw new ProviderException("backend unavailable: connection refused");
        }
    }

    /// <summary>Replaces the store's data; a new generation makes the pool build a client that sees it.</summary>
    public void SetData(IReadOnlyDictionary<string, string> data)
    {
        lock (_gate)
        {
            _data = new Dictionary<string, string>(data, StringComparer.Ordinal);
            Generation++;
        }
    }

    public void Set(string key, string value)
    {
        lock (_gate)
        {
            _data[key] = value;
            Generation++;
        }
    }

    public void Remove(string key)
    {
        lock (_gate)
        {
            _data.Remove(key);
            Generation++;
        }
    }

    public SecretStoreSpec Spec()
    {
        lock (_gate)
        {
            return new SecretStoreSpec
            {
                Provider = new SecretStoreProvider
                {
                    Fake = new Api.V1.Providers.Fake.FakeProvider { Data = [.. _data.Select(e => new Api.V1.Providers.Fake.FakeProviderData { Key = e.Key, Value = e.Value })] },
                },
            };
        }
    }
}
