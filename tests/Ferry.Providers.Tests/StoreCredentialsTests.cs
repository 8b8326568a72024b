using Ferry.Api.V1;
using Ferry.Providers.Pooling;

namespace Ferry.Providers.Tests;

public sealed class StoreCredentialsTests
{
    private readonly DictionarySecretSource _source = new();

    public StoreCredentialsTests()
    {
        _source.Add("team-a", "creds", "11", ("token", "a-token"));
        _source.Add("team-b", "creds", "22", ("token", "b-token"));
    }

    [Fact]
    public async Task GetSecretKeyAsync_SecretStore_ReadsItsOwnNamespaceAndRecordsTheVersion()
    {
        var credentials = new StoreCredentials(TestStores.Identity("ss", "team-a"), "team-a", _source);

        var value = await credentials.GetSecretKeyAsync(new SecretKeySelector { Name = "creds", Key = "token" }, CancellationToken.None);

        Assert.Equal("a-token", value.Reveal());
        Assert.Equal([new ReferencedObjectVersion("Secret", "team-a", "creds", "11")], credentials.ReadVersions);
    }

    [Fact]
    public async Task GetSecretKeyAsync_SecretStoreNamingAnotherNamespace_RefusedWithoutReading()
    {
        var credentials = new StoreCredentials(TestStores.Identity("ss", "team-a"), "team-a", _source);

        await Assert.ThrowsAsync<ProviderException>(() => credentials.GetSecretKeyAsync(
            new SecretKeySelector { Name = "creds", Key = "token", Namespace = "team-b" }, CancellationToken.None).AsTask());
        Assert.Equal(0, _source.Reads);
    }

    [Fact]
    public async Task GetSecretKeyAsync_ClusterStoreWithoutNamespace_ReadsTheConsumersNamespace()
    {
        var credentials = new StoreCredentials(TestStores.Identity("css", kind: SecretStoreKind.ClusterSecretStore), "team-b", _source);

        var value = await credentials.GetSecretKeyAsync(new SecretKeySelector { Name = "creds", Key = "token" }, CancellationToken.None);

        Assert.Equal("b-token", value.Reveal());
    }

    [Theory]
    [InlineData("missing", "token")]
    [InlineData("creds", "missing")]
    public async Task GetSecretKeyAsync_MissingSecretOrKey_ThrowsNotFound(string name, string key)
    {
        var credentials = new StoreCredentials(TestStores.Identity("ss", "team-a"), "team-a", _source);

        await Assert.ThrowsAsync<SecretNotFoundException>(() => credentials.GetSecretKeyAsync(
            new SecretKeySelector { Name = name, Key = key }, CancellationToken.None).AsTask());
    }
}
