using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Fake;
using Ferry.Api.V1Alpha1;
using Ferry.Providers.Fake;

namespace Ferry.Providers.Tests.Fake;

public sealed class FakeSecretsProviderTests
{
    private readonly FakeSecretsProvider _provider = new();

    [Fact]
    public void ValidateStore_EmptyData_IsValid()
    {
        var result = _provider.ValidateStore(TestStores.Identity(), Spec([]));

        Assert.True(result.IsValid);
    }

    [Theory]
    [InlineData("", "bar", "key must be set in data 1")]
    [InlineData("/foo", "", "at least one value must be set in data 1")]
    public void ValidateStore_IncompleteEntry_ReportsEsoMessage(string key, string value, string expected)
    {
        var spec = Spec([TestStores.Data("ok", "fine"), new FakeProviderData { Key = key, Value = value, Version = "v1" }]);

        var result = _provider.ValidateStore(TestStores.Identity(), spec);

        Assert.Equal(expected, result.Error);
    }

    [Fact]
    public async Task CreateClient_StoreWithoutFakeSpec_Throws()
    {
        var store = TestStores.Fake([]) with { Spec = new SecretStoreSpec() };

        var error = await Assert.ThrowsAsync<ProviderException>(() => _provider.CreateClientAsync(store, CancellationToken.None).AsTask());
        Assert.Equal("missing store provider fake", error.Message);
    }

    [Fact]
    public async Task GetSecret_ManyVersions_ReturnsExactVersion()
    {
        await using var client = await Client(
            TestStores.Data("/foo", "bar2", "v2"), TestStores.Data("junk", "xxxxx"), TestStores.Data("/foo", "bar1", "v1"));

        var value = await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "/foo", Version = "v2" }, CancellationToken.None);

        Assert.Equal("bar2", value.Reveal());
    }

    [Fact]
    public async Task GetSecret_NoVersionAskedButOnlyVersionedEntries_ThrowsNotFound()
    {
        await using var client = await Client(TestStores.Data("/foo", "bar1", "v1"));

        await Assert.ThrowsAsync<SecretNotFoundException>(
            () => client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "/foo" }, CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task GetSecret_PropertyOnNonJsonValue_ThrowsNotFound()
    {
        await using var client = await Client(TestStores.Data("junk", "xxxxx"));

        await Assert.ThrowsAsync<SecretNotFoundException>(
            () => client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "junk", Property = "a" }, CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task GetSecretMap_InvalidJson_ReportsUnmarshalErrorWithoutTheValue()
    {
        await using var client = await Client(TestStores.Data("/bar", "---------", "v3"));

        var error = await Assert.ThrowsAsync<ProviderException>(
            () => client.GetSecretMapAsync(new ExternalSecretDataRemoteRef { Key = "/bar", Version = "v3" }, CancellationToken.None).AsTask());
        Assert.StartsWith("unable to unmarshal secret: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("---", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSecretMap_WithProperty_ExpandsTheSelectedObject()
    {
        await using var client = await Client(TestStores.Data("k", """{"db":{"user":"u","pass":"p"}}"""));

        var map = await client.GetSecretMapAsync(new ExternalSecretDataRemoteRef { Key = "k", Property = "db" }, CancellationToken.None);

        Assert.Equal(["pass", "user"], map.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetAllSecrets_ManyVersions_HighestVersionWinsByOrdinalComparison()
    {
        await using var client = await Client(
            TestStores.Data("some-key1", "k1v1", "1"), TestStores.Data("some-key1", "k1v2", "2"),
            TestStores.Data("some-key2", "k2v3", "3"), TestStores.Data("some-key2", "k2v10", "10"),
            TestStores.Data("another-key1", "a", "1"));

        var found = await client.GetAllSecretsAsync(new ExternalSecretFind { Name = new FindName { Regexp = "some-key.*" } }, CancellationToken.None);

        Assert.Equal("k1v2", found["some-key1"].Reveal());
        Assert.Equal("k2v3", found["some-key2"].Reveal());
        Assert.Equal(2, found.Count);
    }

    [Fact]
    public async Task GetAllSecrets_NoMatch_ReturnsEmpty()
    {
        await using var client = await Client();

        var found = await client.GetAllSecretsAsync(new ExternalSecretFind { Name = new FindName { Regexp = "some-key" } }, CancellationToken.None);

        Assert.Empty(found);
    }

    [Fact]
    public async Task GetAllSecrets_KeysWithSlashes_ConvertedByStrategy()
    {
        await using var client = await Client(TestStores.Data("/app/db", "v"));

        var found = await client.GetAllSecretsAsync(
            new ExternalSecretFind { Name = new FindName { Regexp = "app" }, ConversionStrategy = ExternalSecretConversionStrategy.Unicode },
            CancellationToken.None);

        Assert.Equal(["_U002f_app_U002f_db"], found.Keys);
    }

    [Theory]
    [InlineData("path")]
    [InlineData("tags")]
    public async Task GetAllSecrets_OperatorOtherThanName_IsUnsupported(string operatorName)
    {
        await using var client = await Client();
        var find = operatorName == "path"
            ? new ExternalSecretFind { Path = "some-path" }
            : new ExternalSecretFind { Tags = new Dictionary<string, string> { ["env"] = "dev" } };

        var error = await Assert.ThrowsAsync<UnsupportedOperationException>(() => client.GetAllSecretsAsync(find, CancellationToken.None).AsTask());
        Assert.Contains("unsupported find operator", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PushSecret_KeyFromStoreSpec_FailsWithKeyAlreadyExists()
    {
        await using var client = await Client(TestStores.Data("/foo", "bar2"));

        var error = await Assert.ThrowsAsync<ProviderException>(
            () => client.PushSecretAsync(Push("secret-key", "/foo", "v"), CancellationToken.None).AsTask());
        Assert.Equal("key already exists", error.Message);
    }

    [Fact]
    public async Task PushSecret_PushedTwice_SecondValueWins()
    {
        await using var client = await Client();

        await client.PushSecretAsync(Push("secret-key", "/foo", "one"), CancellationToken.None);
        await client.PushSecretAsync(Push("secret-key", "/foo", "two"), CancellationToken.None);

        var value = await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "/foo" }, CancellationToken.None);
        Assert.Equal("two", value.Reveal());
    }

    [Fact]
    public async Task PushSecret_SecretKeyMissingFromSource_PushesEmptyValue()
    {
        await using var client = await Client();
        var request = Push("secret-key", "/foo", "v") with { Data = new PushSecretData { Match = new PushSecretMatch { SecretKey = "absent", RemoteRef = new PushSecretRemoteRef { RemoteKey = "/foo" } } } };

        await client.PushSecretAsync(request, CancellationToken.None);

        var value = await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "/foo" }, CancellationToken.None);
        Assert.Equal(0, value.Length);
    }

    [Fact]
    public async Task DeleteSecret_PushedKey_KeepsItAsEsoDoes()
    {
        await using var client = await Client();
        await client.PushSecretAsync(Push("secret-key", "/foo", "v"), CancellationToken.None);

        await client.DeleteSecretAsync(new PushSecretRemoteRef { RemoteKey = "/foo" }, CancellationToken.None);

        Assert.True(await client.SecretExistsAsync(new PushSecretRemoteRef { RemoteKey = "/foo" }, CancellationToken.None));
    }

    [Fact]
    public async Task CreateClient_SpecChanged_ReloadsSpecEntriesAndKeepsPushedOnes()
    {
        var identity = TestStores.Identity("reloaded");
        await using (var first = await _provider.CreateClientAsync(TestStores.Fake([TestStores.Data("old", "1")], identity), CancellationToken.None))
        {
            await first.PushSecretAsync(Push("k", "pushed", "p"), CancellationToken.None);
        }

        await using var second = await _provider.CreateClientAsync(TestStores.Fake([TestStores.Data("new", "2")], identity), CancellationToken.None);

        await Assert.ThrowsAsync<SecretNotFoundException>(
            () => second.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "old" }, CancellationToken.None).AsTask());
        Assert.Equal("2", (await second.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "new" }, CancellationToken.None)).Reveal());
        Assert.Equal("p", (await second.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "pushed" }, CancellationToken.None)).Reveal());
    }

    [Fact]
    public async Task PushSecret_SameStoreNameInAnotherNamespace_IsNotShared()
    {
        await using var inA = await _provider.CreateClientAsync(TestStores.Fake([], TestStores.Identity("s", "a")), CancellationToken.None);
        await using var inB = await _provider.CreateClientAsync(TestStores.Fake([], TestStores.Identity("s", "b")), CancellationToken.None);

        await inA.PushSecretAsync(Push("k", "pushed", "p"), CancellationToken.None);

        Assert.False(await inB.SecretExistsAsync(new PushSecretRemoteRef { RemoteKey = "pushed" }, CancellationToken.None));
    }

    [Theory]
    [InlineData(null, ClientValidationOutcome.Ready)]
    [InlineData(0, ClientValidationOutcome.Ready)]
    [InlineData(1, ClientValidationOutcome.Unknown)]
    [InlineData(2, ClientValidationOutcome.Error)]
    public async Task Validate_ValidationResult_MapsToOutcome(int? validationResult, ClientValidationOutcome expected)
    {
        await using var client = await _provider.CreateClientAsync(TestStores.Fake([], validationResult: validationResult), CancellationToken.None);

        var result = await client.ValidateAsync(CancellationToken.None);

        Assert.Equal(expected, result.Outcome);
    }

    [Fact]
    public void Capabilities_AreReadWrite()
    {
        Assert.Equal(ProviderCapabilities.ReadWrite, _provider.Capabilities);
        Assert.Equal("fake", _provider.Name);
    }

    private static SecretStoreSpec Spec(List<FakeProviderData> data) =>
        new() { Provider = new SecretStoreProvider { Fake = new FakeProvider { Data = data } } };

    private ValueTask<ISecretsClient> Client(params FakeProviderData[] data) =>
        _provider.CreateClientAsync(TestStores.Fake(data, TestStores.Identity($"store-{Guid.NewGuid():N}")), CancellationToken.None);

    private static PushSecretRequest Push(string secretKey, string remoteKey, string value) => new(
        new Dictionary<string, SecretValue> { [secretKey] = SecretValue.FromString(value) },
        new PushSecretData { Match = new PushSecretMatch { SecretKey = secretKey, RemoteRef = new PushSecretRemoteRef { RemoteKey = remoteKey } } });
}
