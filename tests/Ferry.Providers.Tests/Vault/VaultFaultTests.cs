using Ferry.Api.V1;
using Ferry.Api.V1Alpha1;
using Ferry.Providers.Vault;
using Ferry.Testing.Backends.Vault;

namespace Ferry.Providers.Tests.Vault;

/// <summary>Injected faults: what is retried (and how), and what fails at once.</summary>
public sealed class VaultFaultTests : IAsyncLifetime
{
    private readonly VaultSecretsProvider _provider = new(new VaultProviderOptions
    {
        RequestTimeout = TimeSpan.FromMilliseconds(300),
        BaseBackoff = TimeSpan.FromMilliseconds(10),
        MaxBackoff = TimeSpan.FromMilliseconds(50),
        MaxRetryAfter = TimeSpan.FromSeconds(2),
    });

    private VaultTestTarget _target = null!;
    private ISecretsClient _client = null!;

    private VaultFakeServer Fake => _target.RequireFake();

    public async Task InitializeAsync()
    {
        _target = await VaultTestTarget.StartAsync(fakeOnly: true);
        Fake.WriteSecretJson("secret", "app", """{"password":"p"}""");
        _client = await _provider.CreateClientAsync(_target.Store(_target.Spec()), CancellationToken.None);
        Fake.ResetCounters();
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        await _target.DisposeAsync();
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    [InlineData(500)]
    [InlineData(502)]
    public async Task Read_TransientStatus_IsRetried(int status)
    {
        Fake.FailNext(status, times: 2, pathPrefix: "secret/data/app");

        await ReadAsync();

        Assert.Equal(3, Fake.Count("secret/data/app", "GET"));
    }

    [Fact]
    public async Task Read_TooManyRequestsWithRetryAfter_WaitsThatLong()
    {
        Fake.FailNext(429, retryAfter: TimeSpan.FromSeconds(1), pathPrefix: "secret/data/app");
        var started = DateTimeOffset.UtcNow;

        await ReadAsync();

        Assert.True(DateTimeOffset.UtcNow - started >= TimeSpan.FromMilliseconds(950));
    }

    [Fact]
    public async Task Read_RetryAfterBeyondTheLimit_FailsAtOnce()
    {
        Fake.FailNext(429, retryAfter: TimeSpan.FromMinutes(5), pathPrefix: "secret/data/app");

        var error = await Assert.ThrowsAsync<ProviderException>(ReadAsync);

        Assert.Contains("Code: 429", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, Fake.Count("secret/data/app"));
    }

    [Fact]
    public async Task Read_PersistentFailure_GivesUpAfterMaxAttempts()
    {
        Fake.FailNext(500, times: 10, pathPrefix: "secret/data/app");

        var error = await Assert.ThrowsAsync<ProviderException>(ReadAsync);

        Assert.Contains("Code: 500", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, Fake.Count("secret/data/app"));
    }

    [Fact]
    public async Task Read_Hang_TimesOutAndRetries()
    {
        Fake.HangNext(pathPrefix: "secret/data/app");

        await ReadAsync();

        Assert.Equal(2, Fake.Count("secret/data/app"));
    }

    [Fact]
    public async Task Write_InternalError_IsNotRepeated()
    {
        Fake.FailNext(500, pathPrefix: "secret/data/pushed", method: "POST");
        var request = new PushSecretRequest(
            new Dictionary<string, SecretValue> { ["k"] = SecretValue.FromString("v") },
            new PushSecretData { Match = new PushSecretMatch { SecretKey = "k", RemoteRef = new PushSecretRemoteRef { RemoteKey = "pushed", Property = "k" } } });

        var error = await Assert.ThrowsAsync<ProviderException>(() => _client.PushSecretAsync(request, CancellationToken.None).AsTask());

        Assert.StartsWith("failed to write secret data", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, Fake.Count("secret/data/pushed", "POST"));
        Assert.DoesNotContain("\"v\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_ServerGone_FailsWithReachabilityError()
    {
        await Fake.DisposeAsync();

        var error = await Assert.ThrowsAsync<ProviderException>(ReadAsync);

        Assert.Contains("cannot reach vault", error.Message, StringComparison.Ordinal);
    }

    private async Task ReadAsync() =>
        Assert.Equal("p", (await _client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "app", Property = "password" }, CancellationToken.None)).Reveal());
}
