using System.Text.Json;
using Ferry.Api.V1Alpha1;
using Ferry.Api.V1.Providers.Vault;
using Ferry.Providers.Vault;

namespace Ferry.Providers.Tests.Vault;

public sealed class VaultPushTests : IAsyncLifetime
{
    private readonly VaultSecretsProvider _provider = new();
    private VaultTestTarget _target = null!;
    private ISecretsClient _client = null!;

    public async Task InitializeAsync()
    {
        _target = await VaultTestTarget.StartAsync(fakeOnly: true);
        _client = await _provider.CreateClientAsync(_target.Store(_target.Spec()), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        await _target.DisposeAsync();
    }

    private Ferry.Testing.Backends.Vault.VaultFakeServer Fake => _target.RequireFake();

    [Fact]
    public async Task Push_WholeSecret_WritesEveryKeyAndMarksItManaged()
    {
        await _client.PushSecretAsync(Request(null, "push/whole", null, ("user", "admin"), ("pass", "<p&>")), CancellationToken.None);

        var data = Fake.ReadSecret("secret", "push/whole")!;
        Assert.Equal("admin", (string?)data["user"]);
        Assert.Equal("<p&>", (string?)data["pass"]);
        Assert.Equal("external-secrets", Fake.CustomMetadata("secret", "push/whole")!["managed-by"]);
    }

    [Fact]
    public async Task Push_Property_MergesIntoExistingManagedSecret()
    {
        await _client.PushSecretAsync(Request("a", "push/prop", "first", ("a", "1")), CancellationToken.None);
        await _client.PushSecretAsync(Request("b", "push/prop", "second", ("b", "2")), CancellationToken.None);

        var data = Fake.ReadSecret("secret", "push/prop")!;
        Assert.Equal("1", (string?)data["first"]);
        Assert.Equal("2", (string?)data["second"]);
    }

    [Fact]
    public async Task Push_SameValueTwice_WritesOneVersion()
    {
        await _client.PushSecretAsync(Request("a", "push/same", "k", ("a", "v")), CancellationToken.None);
        await _client.PushSecretAsync(Request("a", "push/same", "k", ("a", "v")), CancellationToken.None);

        Assert.Equal(1, Fake.CurrentVersion("secret", "push/same"));
    }

    [Fact]
    public async Task Push_SecretNotCreatedByFerry_IsRefusedAndLeftAlone()
    {
        Fake.WriteSecretJson("secret", "push/foreign", """{"k":"theirs"}""");

        var error = await Assert.ThrowsAsync<ProviderException>(
            () => _client.PushSecretAsync(Request("a", "push/foreign", "k", ("a", "mine")), CancellationToken.None).AsTask());

        Assert.Equal("secret not managed by external-secrets", error.Message);
        Assert.Equal("theirs", (string?)Fake.ReadSecret("secret", "push/foreign")!["k"]);
    }

    [Fact]
    public async Task Push_CheckAndSetRequired_SendsTheCurrentVersion()
    {
        Fake.RequireCheckAndSet("secret");
        var spec = _target.Spec();
        spec.CheckAndSet = new VaultCheckAndSet { Required = true };
        await using var client = await _provider.CreateClientAsync(_target.Store(spec), CancellationToken.None);

        await client.PushSecretAsync(Request("a", "push/cas", "k", ("a", "1")), CancellationToken.None);
        await client.PushSecretAsync(Request("a", "push/cas", "k", ("a", "2")), CancellationToken.None);

        Assert.Equal(2, Fake.CurrentVersion("secret", "push/cas"));
        Assert.Equal("2", (string?)Fake.ReadSecret("secret", "push/cas")!["k"]);
    }

    [Fact]
    public async Task Push_WithoutCheckAndSetOnCasRequiredMount_FailsWithVaultsError()
    {
        Fake.RequireCheckAndSet("secret");

        var error = await Assert.ThrowsAsync<ProviderException>(
            () => _client.PushSecretAsync(Request("a", "push/nocas", "k", ("a", "1")), CancellationToken.None).AsTask());

        Assert.Contains("check-and-set parameter required for this call", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Push_CustomMetadataFromPushSecret_IsMergedWithManagedBy()
    {
        var metadata = JsonDocument.Parse("""{"apiVersion":"kubernetes.external-secrets.io/v1alpha1","kind":"PushSecretMetadata","spec":{"customMetadata":{"owner":"team-a"}}}""").RootElement;

        await _client.PushSecretAsync(Request("a", "push/meta", "k", metadata, ("a", "1")), CancellationToken.None);

        var custom = Fake.CustomMetadata("secret", "push/meta")!;
        Assert.Equal("team-a", custom["owner"]);
        Assert.Equal("external-secrets", custom["managed-by"]);
    }

    [Fact]
    public async Task Delete_Property_KeepsTheOtherKeys()
    {
        await _client.PushSecretAsync(Request(null, "push/del", null, ("a", "1"), ("b", "2")), CancellationToken.None);

        await _client.DeleteSecretAsync(new PushSecretRemoteRef { RemoteKey = "push/del", Property = "a" }, CancellationToken.None);

        var data = Fake.ReadSecret("secret", "push/del")!;
        Assert.False(data.ContainsKey("a"));
        Assert.Equal("2", (string?)data["b"]);
    }

    [Fact]
    public async Task Delete_WholeSecret_RemovesDataAndMetadata()
    {
        await _client.PushSecretAsync(Request("a", "push/gone", "k", ("a", "1")), CancellationToken.None);

        await _client.DeleteSecretAsync(new PushSecretRemoteRef { RemoteKey = "push/gone" }, CancellationToken.None);

        Assert.False(Fake.Exists("secret", "push/gone"));
        Assert.False(await _client.SecretExistsAsync(new PushSecretRemoteRef { RemoteKey = "push/gone" }, CancellationToken.None));
    }

    [Fact]
    public async Task Delete_SecretNotCreatedByFerry_IsLeftAlone()
    {
        Fake.WriteSecretJson("secret", "push/keep", """{"k":"theirs"}""");

        await _client.DeleteSecretAsync(new PushSecretRemoteRef { RemoteKey = "push/keep" }, CancellationToken.None);

        Assert.NotNull(Fake.ReadSecret("secret", "push/keep"));
    }

    [Fact]
    public async Task SecretExists_Property_ChecksTheKey()
    {
        await _client.PushSecretAsync(Request("a", "push/exists", "k", ("a", "1")), CancellationToken.None);

        Assert.True(await _client.SecretExistsAsync(new PushSecretRemoteRef { RemoteKey = "push/exists", Property = "k" }, CancellationToken.None));
        Assert.False(await _client.SecretExistsAsync(new PushSecretRemoteRef { RemoteKey = "push/exists", Property = "other" }, CancellationToken.None));
    }

    [Fact]
    public async Task Push_KvV1_StoresManagedByInsideTheData()
    {
        await using var client = await _provider.CreateClientAsync(_target.Store(_target.Spec(version: VaultKvStoreVersion.V1)), CancellationToken.None);

        await client.PushSecretAsync(Request("a", "push/v1", "k", ("a", "1")), CancellationToken.None);
        await client.PushSecretAsync(Request("a", "push/v1", "k", ("a", "2")), CancellationToken.None);

        var data = Fake.ReadSecret("kv", "push/v1")!;
        Assert.Equal("2", (string?)data["k"]);
        Assert.Equal("external-secrets", (string?)data["custom_metadata"]!["managed-by"]);
    }

    [Fact]
    public async Task Push_ValueNotJsonWithoutProperty_FailsWithoutQuotingIt()
    {
        var error = await Assert.ThrowsAsync<ProviderException>(
            () => _client.PushSecretAsync(Request("a", "push/plain", null, ("a", "hunter2-not-json")), CancellationToken.None).AsTask());

        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    private static PushSecretRequest Request(string? secretKey, string remoteKey, string? property, params (string Key, string Value)[] data) =>
        Request(secretKey, remoteKey, property, null, data);

    private static PushSecretRequest Request(string? secretKey, string remoteKey, string? property, JsonElement? metadata, params (string Key, string Value)[] data) => new(
        data.ToDictionary(d => d.Key, d => SecretValue.FromString(d.Value)),
        new PushSecretData
        {
            Match = new PushSecretMatch { SecretKey = secretKey, RemoteRef = new PushSecretRemoteRef { RemoteKey = remoteKey, Property = property } },
            Metadata = metadata,
        });
}
