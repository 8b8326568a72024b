using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Vault;
using Ferry.Providers.Vault;
using Ferry.Testing.Backends.Vault;
using Microsoft.Extensions.Time.Testing;

namespace Ferry.Providers.Tests.Vault;

/// <summary>Token lifetime: renewed before expiry, a new login only when renewal cannot help.</summary>
public sealed class VaultSessionTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private VaultTestTarget _target = null!;
    private VaultSecretsProvider _provider = null!;

    private VaultFakeServer Fake => _target.RequireFake();

    public async Task InitializeAsync()
    {
        _target = await VaultTestTarget.StartAsync(fakeOnly: true, new VaultFakeOptions { Time = _time });
        _provider = new VaultSecretsProvider(new VaultProviderOptions { Time = _time });
        Fake.WriteSecretJson("secret", "app", """{"password":"p"}""");
    }

    public Task DisposeAsync() => _target.DisposeAsync().AsTask();

    [Fact]
    public async Task Read_AfterTwoThirdsOfTheLease_RenewsInsteadOfLoggingIn()
    {
        await using var client = await AppRoleClientAsync(new VaultFakeTokenSettings { Ttl = TimeSpan.FromHours(1) });

        _time.Advance(TimeSpan.FromMinutes(30));
        await ReadAsync(client);
        _time.Advance(TimeSpan.FromMinutes(11));
        await ReadAsync(client);
        await ReadAsync(client);

        Assert.Equal(1, Fake.Logins());
        Assert.Equal(1, Fake.Renewals);
        Assert.Null(((IExpiringSecretsClient)client).ExpiresAt);
    }

    [Fact]
    public async Task Read_RenewalCappedByMaxTtl_LogsInAgainBeforeExpiry()
    {
        await using var client = await AppRoleClientAsync(new VaultFakeTokenSettings { Ttl = TimeSpan.FromHours(1), MaxTtl = TimeSpan.FromHours(1) });

        _time.Advance(TimeSpan.FromMinutes(41));
        await ReadAsync(client);
        _time.Advance(TimeSpan.FromMinutes(14));
        await ReadAsync(client);

        Assert.Equal(1, Fake.Renewals);
        Assert.Equal(2, Fake.Logins());
    }

    [Fact]
    public async Task Read_TokenExpiredEarly_LogsInOnceAndSucceeds()
    {
        await using var client = await AppRoleClientAsync(new VaultFakeTokenSettings());

        Fake.ExpireAllTokens();
        await ReadAsync(client);
        await ReadAsync(client);

        Assert.Equal(2, Fake.Logins());
    }

    [Fact]
    public async Task Read_PolicyDenied_FailsWithoutAnotherLogin()
    {
        await using var client = await AppRoleClientAsync(new VaultFakeTokenSettings { AllowedPaths = ["secret/data/other"] });

        var error = await Assert.ThrowsAsync<ProviderException>(() => ReadAsync(client));

        Assert.Contains("permission denied", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, Fake.Logins());
    }

    [Fact]
    public async Task ReadyMadeToken_PastItsLease_FailsAndAsksForRotation()
    {
        var token = Fake.CreateToken(new VaultFakeTokenSettings { Ttl = TimeSpan.FromMinutes(10), Renewable = false });
        _target.Secrets.Add("default", "t", "1", ("token", token));
        await using var client = await _provider.CreateClientAsync(
            _target.Store(_target.Spec(new VaultAuth { TokenSecretRef = new SecretKeySelector { Name = "t", Key = "token" } })), CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(11));
        var error = await Assert.ThrowsAsync<ProviderException>(() => ReadAsync(client));

        Assert.Contains("rotate the token Secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConcurrentReads_DueForRenewal_RenewOnce()
    {
        await using var client = await AppRoleClientAsync(new VaultFakeTokenSettings { Ttl = TimeSpan.FromHours(1) });

        _time.Advance(TimeSpan.FromMinutes(45));
        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => ReadAsync(client)));

        Assert.Equal(1, Fake.Renewals);
        Assert.Equal(1, Fake.Logins());
    }

    private async Task<ISecretsClient> AppRoleClientAsync(VaultFakeTokenSettings tokens)
    {
        var (roleId, secretId) = Fake.AddAppRole("ferry", tokens);
        _target.Secrets.Add("default", "approle", "1", ("secret-id", secretId));
        var auth = new VaultAuth { AppRole = new VaultAppRole { Path = "approle", RoleId = roleId, SecretRef = new SecretKeySelector { Name = "approle", Key = "secret-id" } } };
        return await _provider.CreateClientAsync(_target.Store(_target.Spec(auth)), CancellationToken.None);
    }

    private static async Task ReadAsync(ISecretsClient client) =>
        Assert.Equal("p", (await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "app", Property = "password" }, CancellationToken.None)).Reveal());
}
