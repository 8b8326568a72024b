using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Aws;
using Ferry.Providers.Aws;
using Ferry.Providers.Pooling;
using Ferry.Testing.Backends.Aws;
using Microsoft.Extensions.Time.Testing;

namespace Ferry.Providers.Tests.Aws;

/// <summary>One authentication per session lifetime through the pool, with the fake and the provider on one clock.</summary>
public sealed class AwsPoolingTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private AwsBackend _backend = null!;

    public async Task InitializeAsync() => _backend = await AwsBackend.StartAsync(
        new AwsProviderOptions { Time = _time, SessionDuration = TimeSpan.FromMinutes(15) },
        new AwsFakeOptions { Time = _time });

    public async Task DisposeAsync() => await _backend.DisposeAsync();

    [Fact]
    public async Task Pool_AssumedRoleSession_IsReusedUntilShortlyBeforeExpiryThenRenewed()
    {
        if (_backend.Fake is not { } fake)
        {
            return;
        }

        var role = fake.Sts.AddRole("pooled");
        fake.SecretsManager.PutString("s", "v");
        var store = _backend.Store(AwsServiceType.SecretsManager, p => p.Role = role);
        await using var pool = new SecretsClientPool(_time, new SecretsClientPoolOptions { SweepInterval = TimeSpan.Zero });
        var key = new StoreClientKey(store.Identity, store.ConsumerNamespace, CredentialsVersion.Of(1, []));

        async Task<string> ReadAsync()
        {
            await using var lease = await pool.AcquireAsync(key, ct => _backend.Provider.CreateClientAsync(store, ct), default);
            return (await lease.Client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "s" }, default)).Reveal();
        }

        for (var i = 0; i < 20; i++)
        {
            Assert.Equal("v", await ReadAsync());
            _time.Advance(TimeSpan.FromSeconds(30));
        }

        Assert.Equal(1, fake.Authentications);
        _time.Advance(TimeSpan.FromMinutes(4.6));
        Assert.Equal("v", await ReadAsync());
        Assert.Equal(2, fake.Authentications);
        Assert.Equal(21, fake.Calls("GetSecretValue"));
    }

    [Fact]
    public async Task ExpiredSession_OutsideThePool_IsRejectedAsExpired()
    {
        if (_backend.Fake is not { } fake)
        {
            return;
        }

        var role = fake.Sts.AddRole("short");
        fake.SecretsManager.PutString("s", "v");
        await using var client = await _backend.Provider.CreateClientAsync(_backend.Store(AwsServiceType.SecretsManager, p => p.Role = role), default);
        _time.Advance(TimeSpan.FromMinutes(16));

        var error = await Assert.ThrowsAnyAsync<ProviderException>(() => client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "s" }, default).AsTask());

        Assert.Contains("ExpiredTokenException", error.Message, StringComparison.Ordinal);
    }
}
