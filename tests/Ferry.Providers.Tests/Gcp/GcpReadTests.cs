using Ferry.Api.V1;
using Ferry.Testing.Backends.Gcp;

namespace Ferry.Providers.Tests.Gcp;

public sealed class GcpReadTests
{
    [Fact]
    public async Task GetSecret_NumberedVersion_ReturnsThatVersion()
    {
        await using var backend = await GcpTestBackend.StartAsync();
        backend.Fake.AddVersion("db", "one");
        backend.Fake.AddVersion("db", "two");
        await using var client = await backend.ClientAsync();

        Assert.Equal("one", (await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "db", Version = "1" }, CancellationToken.None)).Reveal());
        Assert.Equal("two", (await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "db" }, CancellationToken.None)).Reveal());
    }

    [Fact]
    public async Task GetSecret_LatestDisabledWithLatestOrFetch_ReturnsNewestEnabled()
    {
        await using var backend = await GcpTestBackend.StartAsync();
        backend.Fake.AddVersion("db", "one");
        backend.Fake.AddVersion("db", "two");
        backend.Fake.SetVersionState("db", 2, GcpFakeVersionState.Disabled);
        await using var fetch = await backend.ClientAsync(GcpTestBackend.KeySpec(policy: "LatestOrFetch"));
        await using var fail = await backend.ClientAsync();

        Assert.Equal("one", (await fetch.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "db" }, CancellationToken.None)).Reveal());
        var error = await Assert.ThrowsAsync<ProviderException>(() => fail.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "db" }, CancellationToken.None).AsTask());
        Assert.Contains("FAILED_PRECONDITION", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSecret_Location_ReadsTheRegionalSecret()
    {
        await using var backend = await GcpTestBackend.StartAsync();
        backend.Fake.AddVersion("db", "global");
        backend.Fake.AddVersion("db", "regional", location: "europe-west1");
        await using var client = await backend.ClientAsync(GcpTestBackend.KeySpec(location: "europe-west1"));

        Assert.Equal("regional", (await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "db" }, CancellationToken.None)).Reveal());
    }

    [Fact]
    public async Task GetSecret_PropertyWithDot_MatchesTheDottedKeyFirst()
    {
        await using var backend = await GcpTestBackend.StartAsync();
        backend.Fake.AddVersion("cfg", """{"a.b":"dotted","a":{"b":"nested"}}""");
        await using var client = await backend.ClientAsync();

        var value = await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "cfg", Property = "a.b" }, CancellationToken.None);

        Assert.Equal("dotted", value.Reveal());
    }

    [Fact]
    public async Task GetAllSecrets_Labels_FiltersAndFollowsPages()
    {
        await using var backend = await GcpTestBackend.StartAsync(new GcpSecretManagerFakeOptions { PageSize = 2 });
        for (var i = 0; i < 5; i++)
        {
            backend.Fake.AddSecret($"app-{i}", new Dictionary<string, string> { ["team"] = i % 2 == 0 ? "a" : "b" });
            backend.Fake.AddVersion($"app-{i}", $"v{i}");
        }

        backend.Fake.AddSecret("empty", new Dictionary<string, string> { ["team"] = "a" });
        await using var client = await backend.ClientAsync();

        var found = await client.GetAllSecretsAsync(
            new ExternalSecretFind { Tags = new Dictionary<string, string> { ["team"] = "a" }, Name = new FindName { Regexp = "^app-" } },
            CancellationToken.None);

        Assert.Equal(["app-0", "app-2", "app-4"], found.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("v2", found["app-2"].Reveal());
        Assert.True(backend.Fake.Calls("list") >= 2);
    }

    [Fact]
    public async Task GetAllSecrets_Path_IsUnsupported()
    {
        await using var backend = await GcpTestBackend.StartAsync();
        await using var client = await backend.ClientAsync();

        await Assert.ThrowsAsync<UnsupportedOperationException>(
            () => client.GetAllSecretsAsync(new ExternalSecretFind { Path = "x" }, CancellationToken.None).AsTask());
    }

    [Fact]
    public void Crc32C_KnownVector_MatchesCastagnoli()
    {
        // RFC 3720 B.4 check value of "123456789".
        Assert.Equal(0xE3069283u, Ferry.Providers.Gcp.Crc32C.Compute("123456789"u8));
    }
}
