using Ferry.Api.V1;
using Ferry.Api.V1Alpha1;
using Ferry.Providers.Values;

namespace Ferry.Providers.Tests.Contract;

/// <summary>
/// The behaviour every provider owes the controllers. A provider's tests derive from this class with their
/// fixture: <c>public sealed class XContractTests() : SecretsClientContractTests(new XContractFixture());</c>
/// </summary>
public abstract class SecretsClientContractTests(ProviderContractFixture fixture) : IAsyncLifetime, IAsyncDisposable
{
    private ISecretsClient? _client;

    protected ProviderContractFixture Fixture { get; } = fixture;

    protected ISecretsClient Client => _client ?? throw new InvalidOperationException("the client is created in InitializeAsync");

    private bool CanRead => Fixture.Provider.Capabilities.CanRead();

    private bool CanWrite => Fixture.Provider.Capabilities.CanWrite();

    public async Task InitializeAsync()
    {
        var client = await Fixture.CreateClientAsync(ContractData.Seed, CancellationToken.None);
        _client = client.WithCapabilityGuard(Fixture.Provider);
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        if (_client is not null)
        {
            await _client.DisposeAsync();
            _client = null;
        }

        await Fixture.DisposeAsync();
    }

    [Fact]
    public async Task GetSecret_ExistingKey_ReturnsValue()
    {
        if (!CanRead)
        {
            return;
        }

        var value = await Client.GetSecretAsync(Ref(ContractData.PlainKey, property: Fixture.PlainValueProperty), CancellationToken.None);

        Assert.Equal(ContractData.PlainValue, value.Reveal());
    }

    [Fact]
    public async Task GetSecret_MissingKey_ThrowsSecretNotFound()
    {
        if (!CanRead)
        {
            return;
        }

        await Assert.ThrowsAsync<SecretNotFoundException>(
            () => Client.GetSecretAsync(Ref("contract-does-not-exist"), CancellationToken.None).AsTask());
    }

    [Theory]
    [InlineData("user", "admin")]
    [InlineData("port", "5432")]
    [InlineData("enabled", "true")]
    [InlineData("friends.1.first", "Roger")]
    [InlineData("friends.#", "2")]
    [InlineData("nested", """{"a": "b"}""")]
    public async Task GetSecret_Property_ReturnsGjsonString(string property, string expected)
    {
        if (!CanRead || !Fixture.SupportsPropertyPaths)
        {
            return;
        }

        var value = await Client.GetSecretAsync(Ref(ContractData.JsonKey, property: property), CancellationToken.None);

        Assert.Equal(Reencoded(expected), value.Reveal());
    }

    [Fact]
    public async Task GetSecret_MissingProperty_ThrowsSecretNotFound()
    {
        if (!CanRead || !Fixture.MissingPropertyIsNotFound || !Fixture.SupportsPropertyPaths)
        {
            return;
        }

        await Assert.ThrowsAsync<SecretNotFoundException>(
            () => Client.GetSecretAsync(Ref(ContractData.JsonKey, property: "nope"), CancellationToken.None).AsTask());
    }

    [Theory]
    [InlineData("v1", "first")]
    [InlineData("v2", "second")]
    public async Task GetSecret_Version_ReturnsThatVersion(string version, string expected)
    {
        if (!CanRead || !Fixture.SupportsVersions)
        {
            return;
        }

        var value = await Client.GetSecretAsync(
            Ref(ContractData.VersionedKey, property: Fixture.PlainValueProperty, version: Fixture.VersionId(version)), CancellationToken.None);

        Assert.Equal(expected, value.Reveal());
    }

    [Fact]
    public async Task GetSecret_UnknownVersion_ThrowsSecretNotFound()
    {
        if (!CanRead || !Fixture.SupportsVersions)
        {
            return;
        }

        await Assert.ThrowsAsync<SecretNotFoundException>(
            () => Client.GetSecretAsync(Ref(ContractData.VersionedKey, version: Fixture.VersionId("v9")), CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task GetSecretMap_JsonObject_ExpandsMembersAsEsoDoes()
    {
        if (!CanRead)
        {
            return;
        }

        var map = await Client.GetSecretMapAsync(Ref(ContractData.JsonKey), CancellationToken.None);

        Assert.Equal("admin", map["user"].Reveal());
        Assert.Equal("5432", map["port"].Reveal());
        Assert.Equal(KeepsMapJsonText ? "1.50" : "1.5", map["ratio"].Reveal());
        Assert.Equal("true", map["enabled"].Reveal());
        Assert.Equal(Reencoded("""{"a": "b"}"""), map["nested"].Reveal());
        Assert.Equal(string.Empty, map["empty"].Reveal());
    }

    [Fact]
    public async Task GetSecretMap_MissingKey_ThrowsSecretNotFound()
    {
        if (!CanRead)
        {
            return;
        }

        await Assert.ThrowsAsync<SecretNotFoundException>(
            () => Client.GetSecretMapAsync(Ref("contract-does-not-exist"), CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task GetSecretMap_Values_RedactWhenPrinted()
    {
        if (!CanRead)
        {
            return;
        }

        var map = await Client.GetSecretMapAsync(Ref(ContractData.JsonKey), CancellationToken.None);

        var printed = string.Join(",", map.Select(e => $"{e.Key}={e.Value}"));
        Assert.DoesNotContain("admin", printed, StringComparison.Ordinal);
        Assert.Contains("user=***", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Errors_ReadsThatFail_NeverQuoteTheSecretValue()
    {
        if (!CanRead)
        {
            return;
        }

        var plain = Fixture.PlainValueProperty;
        List<Func<Task>> failingReads =
        [
            // Not a JSON object: a map cannot be made of it.
            () => Client.GetSecretMapAsync(Ref(ContractData.PlainKey, property: plain), CancellationToken.None).AsTask(),

            // A property selecting a string ("admin") cannot be expanded into a map either.
            () => Client.GetSecretMapAsync(Ref(ContractData.JsonKey, property: "user"), CancellationToken.None).AsTask(),
        ];
        if (Fixture.SupportsPropertyPaths)
        {
            failingReads.Add(() => Client.GetSecretAsync(Ref(ContractData.JsonKey, property: "nope"), CancellationToken.None).AsTask());
            if (plain is null)
            {
                failingReads.Add(() => Client.GetSecretAsync(Ref(ContractData.PlainKey, property: "x"), CancellationToken.None).AsTask());
            }
        }

        var errors = new List<Exception>();
        foreach (var read in failingReads)
        {
            try
            {
                await read();
            }
            catch (Exception ex) when (ex is ProviderException or SecretNotFoundException)
            {
                errors.Add(ex);
            }
        }

        Assert.NotEmpty(errors);
        foreach (var error in errors)
        {
            // ToString covers the inner exceptions too, which a log line may print.
            var text = error.ToString();
            Assert.DoesNotContain(ContractData.PlainValue, text, StringComparison.Ordinal);
            Assert.DoesNotContain("admin", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Roger", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task GetAllSecrets_NameRegexp_ReturnsOnlyMatchingSecrets()
    {
        if (!CanRead || !Fixture.SupportsFindByName)
        {
            return;
        }

        var found = await Client.GetAllSecretsAsync(FindByName("^contract-(plain|json)$"), CancellationToken.None);

        var keys = KeyConversion.ConvertKeys(null, found).Keys.Order(StringComparer.Ordinal);
        Assert.Equal([ContractData.JsonKey, ContractData.PlainKey], keys);
        Assert.Equal(ContractData.PlainValue, PlainValueOf(found[ContractData.PlainKey]));
    }

    [Fact]
    public async Task GetAllSecrets_NameRegexpIsUnanchored_MatchesInsideNames()
    {
        if (!CanRead || !Fixture.SupportsFindByName)
        {
            return;
        }

        var found = await Client.GetAllSecretsAsync(FindByName("related"), CancellationToken.None);

        Assert.Equal([ContractData.OtherKey], found.Keys);
    }

    [Fact]
    public async Task GetAllSecrets_InvalidRegexp_ThrowsProviderException()
    {
        if (!CanRead || !Fixture.SupportsFindByName)
        {
            return;
        }

        var error = await Assert.ThrowsAnyAsync<ProviderException>(
            () => Client.GetAllSecretsAsync(FindByName("(?=lookahead)"), CancellationToken.None).AsTask());
        Assert.Contains("find.name.regexp", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PushSecret_NewKey_IsReadableAndExists()
    {
        if (!CanWrite)
        {
            return;
        }

        var request = Push("password", "contract-pushed", "pushed-value", Fixture.PlainValueProperty);
        await Client.PushSecretAsync(request, CancellationToken.None);

        Assert.True(await Client.SecretExistsAsync(Remote("contract-pushed"), CancellationToken.None));
        if (CanRead)
        {
            var value = await Client.GetSecretAsync(Ref("contract-pushed", property: Fixture.PlainValueProperty), CancellationToken.None);
            Assert.Equal("pushed-value", value.Reveal());
        }
    }

    [Fact]
    public async Task PushSecret_ReadOnlyProvider_Throws()
    {
        if (CanWrite)
        {
            return;
        }

        await Assert.ThrowsAsync<UnsupportedOperationException>(
            () => Client.PushSecretAsync(Push("password", "contract-pushed", "x"), CancellationToken.None).AsTask());
        await Assert.ThrowsAsync<UnsupportedOperationException>(
            () => Client.DeleteSecretAsync(Remote(ContractData.PlainKey), CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task SecretExists_MissingKey_ReturnsFalse()
    {
        if (!CanWrite)
        {
            return;
        }

        Assert.False(await Client.SecretExistsAsync(Remote("contract-never-pushed"), CancellationToken.None));
    }

    [Fact]
    public async Task Validate_HealthyBackend_IsReady()
    {
        var result = await Client.ValidateAsync(CancellationToken.None);

        Assert.Equal(ClientValidationOutcome.Ready, result.Outcome);
    }

    protected static ExternalSecretDataRemoteRef Ref(string key, string? property = null, string? version = null) =>
        new() { Key = key, Property = property, Version = version };

    protected static ExternalSecretFind FindByName(string regexp) => new() { Name = new FindName { Regexp = regexp } };

    protected static PushSecretRemoteRef Remote(string remoteKey) => new() { RemoteKey = remoteKey };

    protected static PushSecretRequest Push(string secretKey, string remoteKey, string value, string? property = null) => new(
        new Dictionary<string, SecretValue> { [secretKey] = SecretValue.FromString(value) },
        new PushSecretData
        {
            Match = new PushSecretMatch { SecretKey = secretKey, RemoteRef = new PushSecretRemoteRef { RemoteKey = remoteKey, Property = property } },
        });

    // JSON text as the provider returns it: as seeded, or compacted where the backend re-encodes it.
    private string Reencoded(string expected) =>
        KeepsMapJsonText || !expected.StartsWith('{') ? expected : System.Text.Json.Nodes.JsonNode.Parse(expected)!.ToJsonString();

    private bool KeepsMapJsonText => Fixture.KeepsJsonText && Fixture.MapKeepsJsonText;

    // A found secret holding a plain value: the value itself, or the plain-value property of the provider's map.
    private string PlainValueOf(SecretValue found) =>
        Fixture.PlainValueProperty is { } property ? Ferry.Providers.Paths.GJson.Get(found.Reveal(), property).ToGoString() : found.Reveal();
}
