using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Vault;
using Ferry.Providers.Vault;

namespace Ferry.Providers.Tests.Vault;

public sealed class VaultFindTests : IAsyncLifetime
{
    private readonly VaultSecretsProvider _provider = new();
    private VaultTestTarget _target = null!;
    private ISecretsClient _client = null!;

    public async Task InitializeAsync()
    {
        _target = await VaultTestTarget.StartAsync();
        await _target.SeedV2Async("find/app/db", """{"user":"db"}""");
        await _target.SeedV2Async("find/app/nested/api", """{"key":"api"}""");
        await _target.SeedV2Async("find/other", """{"x":"1"}""");
        await _target.SeedV2Async("find/gone", """{"x":"2"}""");
        await _target.SendAsync(HttpMethod.Delete, $"{_target.Kv2Mount}/data/find/gone", null);
        _client = await _provider.CreateClientAsync(_target.Store(_target.Spec()), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        await _target.DisposeAsync();
    }

    [Fact]
    public async Task GetAllSecrets_NameUnderPath_ListsRecursivelyAndConvertsSlashes()
    {
        var found = await _client.GetAllSecretsAsync(
            new ExternalSecretFind { Path = "find/app", Name = new FindName { Regexp = "api|db" } }, CancellationToken.None);

        Assert.Equal(["find_app_db", "find_app_nested_api"], found.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("""{"user":"db"}""", found["find_app_db"].Reveal());
    }

    [Fact]
    public async Task GetAllSecrets_SoftDeletedLatestVersion_IsSkipped()
    {
        var found = await _client.GetAllSecretsAsync(new ExternalSecretFind { Path = "find", Name = new FindName { Regexp = "." } }, CancellationToken.None);

        Assert.DoesNotContain("find_gone", found.Keys);
        Assert.Contains("find_other", found.Keys);
    }

    [Fact]
    public async Task GetAllSecrets_Tags_MatchCustomMetadata()
    {
        await _target.SendAsync(HttpMethod.Post, $"{_target.Kv2Mount}/metadata/find/app/db", System.Text.Json.Nodes.JsonNode.Parse("""{"custom_metadata":{"team":"a","env":"prod"}}"""));
        await _target.SendAsync(HttpMethod.Post, $"{_target.Kv2Mount}/metadata/find/other", System.Text.Json.Nodes.JsonNode.Parse("""{"custom_metadata":{"team":"a","env":"dev"}}"""));

        var found = await _client.GetAllSecretsAsync(
            new ExternalSecretFind { Path = "find", Tags = new() { ["team"] = "a", ["env"] = "prod" } }, CancellationToken.None);

        Assert.Equal(["find_app_db"], found.Keys);
    }

    [Fact]
    public async Task GetAllSecrets_EmptyFolder_IsNotFound()
    {
        await Assert.ThrowsAsync<SecretNotFoundException>(
            () => _client.GetAllSecretsAsync(new ExternalSecretFind { Path = "nothing-here", Name = new FindName { Regexp = "." } }, CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task GetAllSecrets_TagsOnKvV1_FailsAsEso()
    {
        await using var client = await _provider.CreateClientAsync(_target.Store(_target.Spec(version: VaultKvStoreVersion.V1)), CancellationToken.None);

        var error = await Assert.ThrowsAsync<ProviderException>(
            () => client.GetAllSecretsAsync(new ExternalSecretFind { Tags = new() { ["a"] = "b" } }, CancellationToken.None).AsTask());

        Assert.Equal("cannot perform find by tag operations with kv version v1", error.Message);
    }

    [Fact]
    public async Task GetAllSecrets_KvV1Name_ListsTheMount()
    {
        await _target.SeedV1Async("findv1/one", """{"a":"1"}""");
        await using var client = await _provider.CreateClientAsync(_target.Store(_target.Spec(version: VaultKvStoreVersion.V1)), CancellationToken.None);

        var found = await client.GetAllSecretsAsync(new ExternalSecretFind { Path = "findv1", Name = new FindName { Regexp = "one" } }, CancellationToken.None);

        Assert.Equal("""{"a":"1"}""", found["findv1_one"].Reveal());
    }
}
