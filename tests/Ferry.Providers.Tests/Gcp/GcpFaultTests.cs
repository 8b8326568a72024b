using Ferry.Api.V1;
using Ferry.Testing.Backends.Gcp;

namespace Ferry.Providers.Tests.Gcp;

public sealed class GcpFaultTests
{
    private static readonly ExternalSecretDataRemoteRef Db = new() { Key = "db" };

    [Fact]
    public async Task GetSecret_ThrottledWithRetryAfter_RetriesAndSucceeds()
    {
        await using var backend = await GcpTestBackend.StartAsync();
        backend.Fake.AddVersion("db", "v");
        await using var client = await backend.ClientAsync();
        backend.Fake.InjectFault(GcpFakeFault.Throttled(TimeSpan.FromSeconds(1)), times: 2);

        Assert.Equal("v", (await client.GetSecretAsync(Db, CancellationToken.None)).Reveal());
        Assert.Equal(3, backend.Fake.Requests);
    }

    [Fact]
    public async Task GetSecret_Unavailable_RetriesThenFailsWithStatus()
    {
        await using var backend = await GcpTestBackend.StartAsync();
        backend.Fake.AddVersion("db", "v");
        await using var client = await backend.ClientAsync();
        backend.Fake.InjectFault(GcpFakeFault.Unavailable, times: 10);

        var error = await Assert.ThrowsAsync<ProviderException>(() => client.GetSecretAsync(Db, CancellationToken.None).AsTask());

        Assert.Contains("UNAVAILABLE", error.Message, StringComparison.Ordinal);
        Assert.Equal(1 + backend.Options.MaxRetries, backend.Fake.Requests);
    }

    [Fact]
    public async Task GetSecret_HangingRequest_TimesOutAndRetries()
    {
        await using var backend = await GcpTestBackend.StartAsync(requestTimeout: TimeSpan.FromMilliseconds(300));
        backend.Fake.AddVersion("db", "v");
        await using var client = await backend.ClientAsync();
        backend.Fake.InjectFault(GcpFakeFault.Hanging);

        Assert.Equal("v", (await client.GetSecretAsync(Db, CancellationToken.None)).Reveal());
    }

    [Fact]
    public async Task Client_ManyReads_AuthenticatesOnceAndExposesExpiry()
    {
        await using var backend = await GcpTestBackend.StartAsync();
        backend.Fake.AddVersion("db", "v");
        await using var client = await backend.ClientAsync();

        for (var i = 0; i < 5; i++)
        {
            await client.GetSecretAsync(Db, CancellationToken.None);
        }

        Assert.Equal(1, backend.Fake.Authentications);
        var expires = Assert.IsAssignableFrom<IExpiringSecretsClient>(client).ExpiresAt;
        Assert.NotNull(expires);
        Assert.InRange(expires.Value, DateTimeOffset.UtcNow.AddMinutes(50), DateTimeOffset.UtcNow.AddMinutes(61));
    }

    [Fact]
    public async Task GetSecret_TokenExpiredEarly_LogsInOnceAndSucceeds()
    {
        await using var backend = await GcpTestBackend.StartAsync();
        backend.Fake.AddVersion("db", "v");
        await using var client = await backend.ClientAsync();
        backend.Fake.ExpireTokens();

        var reads = Enumerable.Range(0, 8).Select(_ => client.GetSecretAsync(Db, CancellationToken.None).AsTask());

        Assert.All(await Task.WhenAll(reads), value => Assert.Equal("v", value.Reveal()));
        Assert.Equal(2, backend.Fake.Authentications);
    }

    [Fact]
    public async Task GetSecret_TokenExpiredAndLoginRefused_FailsWithTheLoginError()
    {
        await using var backend = await GcpTestBackend.StartAsync();
        await using var other = await GcpSecretManagerFake.StartAsync();
        backend.Fake.AddVersion("db", "v");
        await using var client = await backend.ClientAsync();
        backend.Fake.ExpireTokens();
        // The key was rotated to one the token endpoint no longer accepts.
        backend.Secrets.Add("default", "gcp-key", "2", ("credentials.json", other.CreateServiceAccountKey()
            .Replace(other.TokenUri.AbsoluteUri, backend.Fake.TokenUri.AbsoluteUri, StringComparison.Ordinal)));

        var error = await Assert.ThrowsAsync<ProviderException>(() => client.GetSecretAsync(Db, CancellationToken.None).AsTask());

        Assert.Contains("token request refused", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, backend.Fake.Authentications);
    }
}
