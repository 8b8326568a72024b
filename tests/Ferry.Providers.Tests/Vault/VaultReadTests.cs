using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Vault;
using Ferry.Providers.Vault;

namespace Ferry.Providers.Tests.Vault;

public sealed class VaultReadTests : IAsyncLifetime
{
    private readonly VaultSecretsProvider _provider = new();
    private VaultTestTarget _target = null!;
    private ISecretsClient _client = null!;

    public async Task InitializeAsync()
    {
        _target = await VaultTestTarget.StartAsync();
        _client = await _provider.CreateClientAsync(_target.Store(_target.Spec()), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        await _target.DisposeAsync();
    }

    [Fact]
    public async Task GetSecret_NoProperty_ReturnsGoJsonWithSortedKeysAndHtmlEscaped()
    {
        await _target.SeedV2Async("read/json", """{"z":"<tag>&","a":1.50,"m":{"y":true,"b":null}}""");

        var value = await _client.GetSecretAsync(Ref("read/json"), CancellationToken.None);

        Assert.Equal("""{"a":1.50,"m":{"b":null,"y":true},"z":"\u003ctag\u003e\u0026"}""", value.Reveal());
    }

    [Fact]
    public async Task GetSecret_PropertyNamingTopLevelKeyWithDot_WinsOverGjsonPath()
    {
        await _target.SeedV2Async("read/dots", """{"a.b":"exact","a":{"b":"nested"}}""");

        var exact = await _client.GetSecretAsync(Ref("read/dots", "a.b"), CancellationToken.None);
        var nested = await _client.GetSecretAsync(Ref("read/dots", "a"), CancellationToken.None);

        Assert.Equal("exact", exact.Reveal());
        Assert.Equal("""{"b":"nested"}""", nested.Reveal());
    }

    [Fact]
    public async Task GetSecret_MissingProperty_ThrowsEsoErrorNotNotFound()
    {
        await _target.SeedV2Async("read/prop", """{"user":"admin"}""");

        var error = await Assert.ThrowsAsync<ProviderException>(() => _client.GetSecretAsync(Ref("read/prop", "password"), CancellationToken.None).AsTask());

        Assert.Equal("cannot find secret data for key: \"password\"", error.Message);
    }

    [Fact]
    public async Task GetSecret_Version_ReadsThatVersionAndUnknownVersionIsNotFound()
    {
        await _target.SeedV2Async("read/versions", """{"v":"one"}""", """{"v":"two"}""", """{"v":"three"}""");

        var first = await _client.GetSecretAsync(Ref("read/versions", "v", version: "1"), CancellationToken.None);
        var latest = await _client.GetSecretAsync(Ref("read/versions", "v"), CancellationToken.None);

        Assert.Equal("one", first.Reveal());
        Assert.Equal("three", latest.Reveal());
        await Assert.ThrowsAsync<SecretNotFoundException>(() => _client.GetSecretAsync(Ref("read/versions", version: "7"), CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task GetSecret_LatestVersionSoftDeleted_IsNotFoundButOlderVersionReads()
    {
        await _target.SeedV2Async("read/deleted", """{"v":"one"}""", """{"v":"two"}""");
        await _target.SendAsync(HttpMethod.Delete, $"{_target.Kv2Mount}/data/read/deleted", null);

        await Assert.ThrowsAsync<SecretNotFoundException>(() => _client.GetSecretAsync(Ref("read/deleted"), CancellationToken.None).AsTask());
        var older = await _client.GetSecretAsync(Ref("read/deleted", "v", version: "1"), CancellationToken.None);
        Assert.Equal("one", older.Reveal());
    }

    [Fact]
    public async Task GetSecretMap_NumbersAndObjects_DecodedAsEsoDoesThroughFloat64()
    {
        await _target.SeedV2Async("read/map", """{"big":12345678901234567890,"small":0.0000001,"list":[1,"x"],"obj":{"k":2.50},"flag":false}""");

        var map = await _client.GetSecretMapAsync(Ref("read/map"), CancellationToken.None);

        Assert.Equal("12345678901234567000", map["big"].Reveal());
        Assert.Equal("0.0000001", map["small"].Reveal());
        Assert.Equal("""[1,"x"]""", map["list"].Reveal());
        Assert.Equal("""{"k":2.5}""", map["obj"].Reveal());
        Assert.Equal("false", map["flag"].Reveal());
    }

    [Fact]
    public async Task GetSecretMap_Property_ExpandsNestedObject()
    {
        await _target.SeedV2Async("read/nested", """{"db":{"user":"u","pass":"p"}}""");

        var map = await _client.GetSecretMapAsync(Ref("read/nested", "db"), CancellationToken.None);

        Assert.Equal(["pass", "user"], map.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetSecret_MetadataFetch_ReturnsCustomAndSystemMetadata()
    {
        await _target.SeedV2Async("read/meta", """{"v":"x"}""", """{"v":"y"}""");
        await _target.SendAsync(HttpMethod.Post, $"{_target.Kv2Mount}/metadata/read/meta", System.Text.Json.Nodes.JsonNode.Parse("""{"custom_metadata":{"team":"payments"}}"""));

        var team = await _client.GetSecretAsync(Ref("read/meta", "team", fetch: true), CancellationToken.None);
        var version = await _client.GetSecretAsync(Ref("read/meta", "current_version", fetch: true), CancellationToken.None);

        Assert.Equal("payments", team.Reveal());
        Assert.Equal("2", version.Reveal());
    }

    [Fact]
    public async Task GetSecret_KvV1_ReadsFlatMapAndMetadataFetchFails()
    {
        await _target.SeedV1Async("legacy/app", """{"password":"s3cret"}""");
        await using var client = await _provider.CreateClientAsync(
            _target.Store(_target.Spec(version: VaultKvStoreVersion.V1)), CancellationToken.None);

        var value = await client.GetSecretAsync(Ref("legacy/app", "password"), CancellationToken.None);
        var error = await Assert.ThrowsAsync<ProviderException>(() => client.GetSecretAsync(Ref("legacy/app", fetch: true), CancellationToken.None).AsTask());

        Assert.Equal("s3cret", value.Reveal());
        Assert.Equal("cannot perform metadata fetch operations with kv version v1", error.Message);
    }

    [Fact]
    public async Task GetSecret_NoMountOnStore_FirstKeySegmentIsTheMount()
    {
        await _target.SeedV2Async("read/nomount", """{"v":"found"}""");
        var spec = _target.Spec();
        spec.Path = null;
        await using var client = await _provider.CreateClientAsync(_target.Store(spec), CancellationToken.None);

        var value = await client.GetSecretAsync(Ref($"{_target.Kv2Mount}/read/nomount", "v"), CancellationToken.None);

        Assert.Equal("found", value.Reveal());
    }

    [Fact]
    public async Task GetSecret_KeyRepeatingMountAndData_IsAccepted()
    {
        await _target.SeedV2Async("read/prefixed", """{"v":"ok"}""");

        var value = await _client.GetSecretAsync(Ref($"{_target.Kv2Mount}/data/read/prefixed", "v"), CancellationToken.None);

        Assert.Equal("ok", value.Reveal());
    }

    private static ExternalSecretDataRemoteRef Ref(string key, string? property = null, string? version = null, bool fetch = false) => new()
    {
        Key = key,
        Property = property,
        Version = version,
        MetadataPolicy = fetch ? ExternalSecretMetadataPolicy.Fetch : null,
    };
}
