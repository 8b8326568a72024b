using Ferry.Api.V1;
using Ferry.Providers.Pooling;
using Ferry.Testing.Backends.Azure;
using Microsoft.Extensions.Time.Testing;

namespace Ferry.Providers.Tests.Azure;

public sealed class AzureFaultTests : IAsyncLifetime
{
    private AzureTestVault _vault = null!;

    private AzureKeyVaultFake Fake => _vault.Fake;

    public async Task InitializeAsync()
    {
        _vault = await AzureTestVault.StartAsync(configure: o => o with { MaxRetries = 2, NetworkTimeout = TimeSpan.FromSeconds(1) });
        Fake.SetSecret("db", "value");
    }

    public Task DisposeAsync() => _vault.DisposeAsync().AsTask();

    [Fact]
    public async Task Throttled_RetryAfter_WaitsAndSucceeds()
    {
        await using var client = await _vault.ClientAsync();
        await client.GetSecretAsync(Ref("db"), CancellationToken.None);
        Fake.InjectFault(AzureFakeFault.Throttle(TimeSpan.FromSeconds(1)), operation: "GetSecret");
        var started = TimeProvider.System.GetTimestamp();

        var value = await client.GetSecretAsync(Ref("db"), CancellationToken.None);

        Assert.Equal("value", value.Reveal());
        Assert.True(TimeProvider.System.GetElapsedTime(started) >= TimeSpan.FromSeconds(0.9), "Retry-After is honoured, not the short test backoff");
        Assert.Equal(3, Fake.Calls("GetSecret"));
    }

    [Fact]
    public async Task ServerErrors_FewerThanRetries_Succeed()
    {
        await using var client = await _vault.ClientAsync();
        Fake.InjectFault(AzureFakeFault.ServerError(503), times: 2, operation: "GetSecret");

        var value = await client.GetSecretAsync(Ref("db"), CancellationToken.None);

        Assert.Equal("value", value.Reveal());
        Assert.Equal(3, Fake.Calls("GetSecret"));
    }

    [Fact]
    public async Task ServerErrors_BeyondRetries_FailWithStatusNotValue()
    {
        await using var client = await _vault.ClientAsync();
        Fake.InjectFault(AzureFakeFault.ServerError(500), times: 10, operation: "GetSecret");

        var error = await Assert.ThrowsAsync<ProviderException>(() => client.GetSecretAsync(Ref("db"), CancellationToken.None).AsTask());

        Assert.Equal("cannot get secret db: Key Vault answered 500 (InternalServerError)", error.Message);
        Assert.Equal(3, Fake.Calls("GetSecret"));
    }

    [Fact]
    public async Task Hang_EveryAttempt_FailsAfterNetworkTimeouts()
    {
        await using var client = await _vault.ClientAsync();
        await client.GetSecretAsync(Ref("db"), CancellationToken.None);
        Fake.InjectFault(AzureFakeFault.Timeout(), times: 10, operation: "GetSecret");

        var error = await Assert.ThrowsAsync<ProviderException>(() => client.GetSecretAsync(Ref("db"), CancellationToken.None).AsTask());

        Assert.Contains("timed out", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, Fake.Calls("GetSecret"));
    }

    [Fact]
    public async Task Hang_Once_IsRetried()
    {
        await using var client = await _vault.ClientAsync();
        Fake.InjectFault(AzureFakeFault.Timeout(), operation: "GetSecret");

        Assert.Equal("value", (await client.GetSecretAsync(Ref("db"), CancellationToken.None)).Reveal());
    }

    [Fact]
    public async Task NotFound_IsNotRetried()
    {
        await using var client = await _vault.ClientAsync();

        await Assert.ThrowsAsync<SecretNotFoundException>(() => client.GetSecretAsync(Ref("missing"), CancellationToken.None).AsTask());

        Assert.Equal(1, Fake.Calls("GetSecret"));
    }

    [Fact]
    public async Task RevokedToken_FailsUnauthorized_AndANewClientAuthenticatesAgain()
    {
        await using (var client = await _vault.ClientAsync())
        {
            await client.GetSecretAsync(Ref("db"), CancellationToken.None);
            Fake.RevokeTokens();

            var error = await Assert.ThrowsAsync<ProviderException>(() => client.GetSecretAsync(Ref("db"), CancellationToken.None).AsTask());
            Assert.Contains("401", error.Message, StringComparison.Ordinal);
        }

        await using var renewed = await _vault.ClientAsync();
        Assert.Equal("value", (await renewed.GetSecretAsync(Ref("db"), CancellationToken.None)).Reveal());
        Assert.Equal(2, Fake.Authentications);
    }

    [Fact]
    public async Task Pool_TokenRevoked_OneReadFailsAndTheNextLeaseHasANewClient()
    {
        await using var pool = new SecretsClientPool(new FakeTimeProvider(DateTimeOffset.UtcNow), new SecretsClientPoolOptions { SweepInterval = TimeSpan.Zero, ReadCoalescingWindow = TimeSpan.Zero });
        var key = new StoreClientKey(TestStores.Identity("azure"), "default", CredentialsVersion.Of("1", []));
        async Task<SecretValue> ReadAsync()
        {
            await using var lease = await pool.AcquireAsync(key, ct => _vault.Provider.CreateClientAsync(_vault.Context(), ct), CancellationToken.None);
            return await lease.Client.GetSecretAsync(Ref("db"), CancellationToken.None);
        }

        await ReadAsync();
        Fake.RevokeTokens();

        var error = await Assert.ThrowsAsync<ProviderException>(() => ReadAsync());
        Assert.Contains("401", error.Message, StringComparison.Ordinal);
        Assert.Equal("value", (await ReadAsync()).Reveal());
        Assert.Equal(2, Fake.Authentications);
    }

    [Fact]
    public async Task Pool_ThousandReadsOfHundredKeys_AuthenticatesOnce()
    {
        for (var i = 0; i < 100; i++)
        {
            Fake.SetSecret($"key-{i}", $"value-{i}");
        }

        await using var pool = new SecretsClientPool(new FakeTimeProvider(), new SecretsClientPoolOptions { SweepInterval = TimeSpan.Zero });
        var key = new StoreClientKey(TestStores.Identity("azure"), "default", CredentialsVersion.Of("1", []));
        for (var i = 0; i < 1000; i++)
        {
            await using var lease = await pool.AcquireAsync(key, ct => _vault.Provider.CreateClientAsync(_vault.Context(), ct), CancellationToken.None);
            Assert.Equal($"value-{i % 100}", (await lease.Client.GetSecretAsync(Ref($"key-{i % 100}"), CancellationToken.None)).Reveal());
        }

        Assert.Equal(1, Fake.Authentications);
        // The fake clock never leaves the pool's reuse window, so each distinct key is read once.
        Assert.Equal(100, Fake.Calls("GetSecret"));
    }

    private static ExternalSecretDataRemoteRef Ref(string key) => new() { Key = key };
}
