using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Ferry.Api.V1;
using Ferry.Testing.Backends.Azure;

namespace Ferry.Providers.Tests.Azure;

/// <summary>Reads against the Key Vault fake, or a real vault when FERRY_TEST_AZURE_* are set (<see cref="AzureReadTarget"/>).</summary>
public sealed class AzureReadTests : IAsyncLifetime
{
    private AzureReadTarget _vault = null!;
    private ISecretsClient _client = null!;

    public async Task InitializeAsync()
    {
        _vault = await AzureReadTarget.StartAsync(new AzureKeyVaultFakeOptions { PageSize = 2 });
        _client = await _vault.ClientAsync();
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        await _vault.DisposeAsync();
    }

    [Fact]
    public async Task GetSecret_SecretPrefix_ReadsTheSecret()
    {
        await _vault.SetSecretAsync("db", "value-1");

        var value = await _client.GetSecretAsync(Ref("secret/db"), CancellationToken.None);

        Assert.Equal("value-1", value.Reveal());
    }

    [Fact]
    public async Task GetSecret_DottedPropertyMissing_FallsBackToEscapedDots()
    {
        await _vault.SetSecretAsync("json", """{"a.b":"dotted","c":{"d":"nested"}}""");

        Assert.Equal("dotted", (await _client.GetSecretAsync(Ref("json", property: "a.b"), CancellationToken.None)).Reveal());
        Assert.Equal("nested", (await _client.GetSecretAsync(Ref("json", property: "c.d"), CancellationToken.None)).Reveal());
    }

    [Fact]
    public async Task GetSecret_MissingProperty_ThrowsProviderErrorWithoutTheValue()
    {
        await _vault.SetSecretAsync("json", """{"user":"s3cr3t-value"}""");

        var error = await Assert.ThrowsAsync<ProviderException>(() => _client.GetSecretAsync(Ref("json", property: "nope"), CancellationToken.None).AsTask());

        Assert.Equal("property nope does not exist in key json", error.Message);
    }

    [Fact]
    public async Task GetSecret_DisabledSecret_ThrowsForbiddenNotNotFound()
    {
        await _vault.SetSecretAsync("off", "v", enabled: false);

        var error = await Assert.ThrowsAsync<ProviderException>(() => _client.GetSecretAsync(Ref("off"), CancellationToken.None).AsTask());

        Assert.Contains("403", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSecret_UnknownPrefix_ThrowsUnknownType()
    {
        var error = await Assert.ThrowsAsync<ProviderException>(() => _client.GetSecretAsync(Ref("blob/x"), CancellationToken.None).AsTask());

        Assert.Equal("unknown Azure Keyvault object Type for x", error.Message);
    }

    [Fact]
    public async Task GetSecret_Certificate_ReturnsDerBytes()
    {
        if (_vault.Fake is not { } fake)
        {
            return;
        }

        using var certificate = SelfSigned();
        fake.SetCertificate("tls", certificate);

        var value = await _client.GetSecretAsync(Ref("cert/tls"), CancellationToken.None);

        Assert.Equal(certificate.RawData, value.ToArray());
    }

    [Fact]
    public async Task GetSecret_MissingCertificate_ThrowsSecretNotFound() =>
        await Assert.ThrowsAsync<SecretNotFoundException>(() => _client.GetSecretAsync(Ref("cert/none"), CancellationToken.None).AsTask());

    [Fact]
    public async Task GetSecret_Key_ReturnsJwkInEsoMemberOrder()
    {
        if (_vault.Fake is not { } fake)
        {
            return;
        }

        using var rsa = RSA.Create(2048);
        var item = fake.SetKey("signing", rsa);

        var json = (await _client.GetSecretAsync(Ref("key/signing"), CancellationToken.None)).Reveal();

        using var document = JsonDocument.Parse(json);
        var names = document.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["kid", "kty", "key_ops", "n", "e"], names);
        Assert.Equal($"{fake.VaultUri}keys/signing/{item.Version}", document.RootElement.GetProperty("kid").GetString());
        Assert.Equal("RSA", (await _client.GetSecretAsync(Ref("key/signing", property: "kty"), CancellationToken.None)).Reveal());
    }

    [Fact]
    public async Task GetSecret_MetadataFetch_ReturnsTagsAndAttributeTimes()
    {
        await _vault.SetSecretAsync("tagged", "v", new Dictionary<string, string> { ["env"] = "prod", ["cfg"] = """{"region":"west"}""" });
        var fetch = Ref("tagged");
        fetch.MetadataPolicy = ExternalSecretMetadataPolicy.Fetch;

        var all = (await _client.GetSecretAsync(fetch, CancellationToken.None)).Reveal();
        fetch.Property = "env";
        var one = (await _client.GetSecretAsync(fetch, CancellationToken.None)).Reveal();
        fetch.Property = "cfg.region";
        var inside = (await _client.GetSecretAsync(fetch, CancellationToken.None)).Reveal();
        fetch.Property = "missing";
        var error = await Assert.ThrowsAsync<ProviderException>(() => _client.GetSecretAsync(fetch, CancellationToken.None).AsTask());

        using var document = JsonDocument.Parse(all);
        Assert.Equal("prod", document.RootElement.GetProperty("env").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", document.RootElement.GetProperty("attribute.created").GetString());
        Assert.Equal("prod", one);
        Assert.Equal("west", inside);
        Assert.Equal("tag missing does not exist", error.Message);
    }

    [Fact]
    public async Task GetSecretMap_MetadataFetch_PrefixesTagsWithTheSecretName()
    {
        await _vault.SetSecretAsync("tagged", "v", new Dictionary<string, string> { ["env"] = "prod", ["cfg"] = """{"region":"west"}""" });
        var fetch = Ref("tagged");
        fetch.MetadataPolicy = ExternalSecretMetadataPolicy.Fetch;

        var map = await _client.GetSecretMapAsync(fetch, CancellationToken.None);

        Assert.Equal("prod", map["tagged_env"].Reveal());
        Assert.Equal("west", map["tagged_cfg_region"].Reveal());
        Assert.False(map.ContainsKey("tagged_attribute.created"), "useAzureSDK=true leaves attribute times out, as ESO's new-SDK path does");
    }

    [Fact]
    public async Task GetSecretMap_PropertySelectsObject_ExpandsThatObject()
    {
        await _vault.SetSecretAsync("nested", """{"db":{"user":"u","port":5432}}""");

        var map = await _client.GetSecretMapAsync(Ref("nested", property: "db"), CancellationToken.None);

        Assert.Equal("u", map["user"].Reveal());
        Assert.Equal("5432", map["port"].Reveal());
    }

    [Fact]
    public async Task GetSecretMap_NotJson_ThrowsUnmarshalError()
    {
        await _vault.SetSecretAsync("plain", "not json");

        var error = await Assert.ThrowsAsync<ProviderException>(() => _client.GetSecretMapAsync(Ref("plain"), CancellationToken.None).AsTask());

        Assert.StartsWith("error unmarshalling json data", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cert/x", "cannot get use dataFrom to get certificate secret")]
    [InlineData("key/x", "cannot get use dataFrom to get key secret")]
    public async Task GetSecretMap_CertificateOrKey_ThrowsAsEsoDoes(string key, string message)
    {
        var error = await Assert.ThrowsAsync<ProviderException>(() => _client.GetSecretMapAsync(Ref(key), CancellationToken.None).AsTask());

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public async Task GetAllSecrets_Tags_ReturnsEnabledSecretsCarryingEveryTagAcrossPages()
    {
        var team = new Dictionary<string, string> { ["team"] = "a", ["env"] = "prod" };
        await _vault.SetSecretAsync("a1", "1", team);
        await _vault.SetSecretAsync("a2", "2", team);
        await _vault.SetSecretAsync("a3", "3", team, enabled: false);
        await _vault.SetSecretAsync("b1", "4", new Dictionary<string, string> { ["team"] = "a" });
        await _vault.SetSecretAsync("c1", "5");

        var found = await _client.GetAllSecretsAsync(new ExternalSecretFind { Tags = new Dictionary<string, string> { ["team"] = "a", ["env"] = "prod" } }, CancellationToken.None);

        Assert.Equal(["a1", "a2"], found.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("2", found["a2"].Reveal());
        if (_vault.Fake is { } fake)
        {
            // Two secrets per page: every page was followed.
            Assert.Equal(3, fake.Calls("ListSecrets"));
        }
    }

    [Fact]
    public async Task GetAllSecrets_NameAndTags_BothMustMatch()
    {
        var tags = new Dictionary<string, string> { ["app"] = "web" };
        await _vault.SetSecretAsync("web-db", "1", tags);
        await _vault.SetSecretAsync("web-cache", "2", tags);
        await _vault.SetSecretAsync("web-other", "3");

        var found = await _client.GetAllSecretsAsync(
            new ExternalSecretFind { Name = new FindName { Regexp = "db$" }, Tags = tags }, CancellationToken.None);

        Assert.Equal(["web-db"], found.Keys);
    }

    private static ExternalSecretDataRemoteRef Ref(string key, string? property = null, string? version = null) =>
        new() { Key = key, Property = property, Version = version };

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=tls", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }
}
