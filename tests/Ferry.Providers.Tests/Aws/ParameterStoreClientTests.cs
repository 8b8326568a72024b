using System.Text.Json;
using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Aws;
using Ferry.Api.V1Alpha1;

namespace Ferry.Providers.Tests.Aws;

public sealed class ParameterStoreClientTests : IAsyncLifetime
{
    private AwsBackend _backend = null!;

    public async Task InitializeAsync() => _backend = await AwsBackend.StartAsync();

    public async Task DisposeAsync() => await _backend.DisposeAsync();

    [Fact]
    public async Task GetSecret_SecureString_IsReadDecrypted()
    {
        await _backend.SeedParameterAsync("/app/token", "plain-token", "SecureString");
        await using var client = await _backend.ClientAsync(AwsServiceType.ParameterStore);

        Assert.Equal("plain-token", (await client.GetSecretAsync(Ref("/app/token"), default)).Reveal());
    }

    [Fact]
    public async Task GetSecret_VersionNumberOrLabel_SelectsThatVersion()
    {
        await _backend.SeedParameterAsync("/app/rotating", "first", labels: ["stable"]);
        await _backend.SeedParameterAsync("/app/rotating", "second");
        await using var client = await _backend.ClientAsync(AwsServiceType.ParameterStore);

        Assert.Equal("second", (await client.GetSecretAsync(Ref("/app/rotating"), default)).Reveal());
        Assert.Equal("first", (await client.GetSecretAsync(Ref("/app/rotating", version: "1"), default)).Reveal());
        Assert.Equal("first", (await client.GetSecretAsync(Ref("/app/rotating", version: "stable"), default)).Reveal());
        await Assert.ThrowsAsync<SecretNotFoundException>(() => client.GetSecretAsync(Ref("/app/rotating", version: "9"), default).AsTask());
    }

    [Fact]
    public async Task GetSecret_MetadataPolicyFetch_ReturnsTags()
    {
        if (_backend.Fake is not { } fake)
        {
            return;
        }

        fake.ParameterStore.Put("/app/tagged", "v", tags: new Dictionary<string, string> { ["owner"] = "ops" });
        await using var client = await _backend.ClientAsync(AwsServiceType.ParameterStore);

        var tags = await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "/app/tagged", MetadataPolicy = ExternalSecretMetadataPolicy.Fetch }, default);

        Assert.Equal("""{"owner":"ops"}""", tags.Reveal());
    }

    [Fact]
    public async Task GetAllSecrets_NameUnderPath_LoopsOverShortAndEmptyPages()
    {
        if (_backend.Fake is not { } fake)
        {
            return;
        }

        fake.ParameterStore.PathPageSize = 3;
        fake.ParameterStore.EmptyPagesFirst = true;
        for (var i = 0; i < 8; i++)
        {
            fake.ParameterStore.Put($"/svc/deep/p{i}", $"v{i}", i % 2 == 0 ? "SecureString" : "String");
        }

        fake.ParameterStore.Put("/elsewhere/p1", "no");
        await using var client = await _backend.ClientAsync(AwsServiceType.ParameterStore);

        var found = await client.GetAllSecretsAsync(new ExternalSecretFind { Path = "/svc", Name = new FindName { Regexp = "p[0-7]$" } }, default);

        Assert.Equal(8, found.Count);
        Assert.Equal("v6", found["_svc_deep_p6"].Reveal());
        Assert.Equal(4, fake.Calls("GetParametersByPath"));
    }

    [Fact]
    public async Task GetAllSecrets_GetParametersByPathDenied_FallsBackToDescribeParameters()
    {
        if (_backend.Fake is not { } fake)
        {
            return;
        }

        fake.ParameterStore.DenyGetParametersByPath = true;
        fake.ParameterStore.Put("/a/x", "1");
        fake.ParameterStore.Put("/a/y", "2");
        await using var client = await _backend.ClientAsync(AwsServiceType.ParameterStore);

        var found = await client.GetAllSecretsAsync(new ExternalSecretFind { Name = new FindName { Regexp = "^/a/" } }, default);

        Assert.Equal(["_a_x", "_a_y"], found.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(1, fake.Calls("DescribeParameters"));
        Assert.Equal(1, fake.Calls("GetParameters"));
    }

    [Fact]
    public async Task GetAllSecrets_Tags_UsesDescribeFiltersAndBatchedReads()
    {
        if (_backend.Fake is not { } fake)
        {
            return;
        }

        for (var i = 0; i < 12; i++)
        {
            fake.ParameterStore.Put($"/t/p{i:D2}", $"v{i}", tags: new Dictionary<string, string> { ["env"] = i < 11 ? "prod" : "dev" });
        }

        await using var client = await _backend.ClientAsync(AwsServiceType.ParameterStore);
        var found = await client.GetAllSecretsAsync(new ExternalSecretFind { Tags = new() { ["env"] = "prod" } }, default);

        Assert.Equal(11, found.Count);
        Assert.DoesNotContain("_t_p11", found.Keys);
        Assert.Equal(2, fake.Calls("GetParameters"));
    }

    [Fact]
    public async Task PushSecret_NewParameter_CreatesTypedAndTagged()
    {
        if (_backend.Fake is not { } fake)
        {
            return;
        }

        await using var client = await _backend.ClientAsync(AwsServiceType.ParameterStore);
        var metadata = JsonDocument.Parse("""{"apiVersion":"kubernetes.external-secrets.io/v1alpha1","kind":"PushSecretMetadata","spec":{"secretType":"SecureString","kmsKeyID":"alias/k","tags":{"team":"b"},"tier":{"type":"Advanced"}}}""").RootElement;

        await client.PushSecretAsync(SecretsManagerClientTests.Push("token", "/pushed/token", "t0k", metadata: metadata), default);

        var parameter = fake.ParameterStore.Find("/pushed/token")!;
        Assert.Equal("SecureString", parameter.Type);
        Assert.Equal("t0k", parameter.Value);
        Assert.Equal("alias/k", parameter.KeyId);
        Assert.Equal("Advanced", parameter.Tier);
        Assert.Equal("external-secrets", parameter.Tags["managed-by"]);
        Assert.Equal("b", parameter.Tags["team"]);
    }

    [Fact]
    public async Task PushSecret_SameValue_WritesNoNewVersion()
    {
        if (_backend.Fake is not { } fake)
        {
            return;
        }

        await using var client = await _backend.ClientAsync(AwsServiceType.ParameterStore);
        await client.PushSecretAsync(SecretsManagerClientTests.Push("k", "/p/same", "v"), default);
        await client.PushSecretAsync(SecretsManagerClientTests.Push("k", "/p/same", "v"), default);
        await client.PushSecretAsync(SecretsManagerClientTests.Push("k", "/p/same", "w"), default);

        Assert.Equal(2, fake.ParameterStore.Find("/p/same")!.Version);
    }

    [Fact]
    public async Task PushSecret_UnmanagedParameter_IsRefused()
    {
        await _backend.SeedParameterAsync("/p/foreign", "theirs");
        await using var client = await _backend.ClientAsync(AwsServiceType.ParameterStore);

        var error = await Assert.ThrowsAnyAsync<ProviderException>(() => client.PushSecretAsync(SecretsManagerClientTests.Push("k", "/p/foreign", "ours"), default).AsTask());

        Assert.Equal("secret not managed by external-secrets", error.Message);
    }

    [Fact]
    public async Task DeleteSecret_ManagedParameter_IsDeleted_UnmanagedKept()
    {
        await _backend.SeedParameterAsync("/p/keep", "theirs");
        await using var client = await _backend.ClientAsync(AwsServiceType.ParameterStore);
        await client.PushSecretAsync(SecretsManagerClientTests.Push("k", "/p/mine", "v"), default);

        await client.DeleteSecretAsync(new PushSecretRemoteRef { RemoteKey = "/p/mine" }, default);
        await client.DeleteSecretAsync(new PushSecretRemoteRef { RemoteKey = "/p/keep" }, default);
        await client.DeleteSecretAsync(new PushSecretRemoteRef { RemoteKey = "/p/never-existed" }, default);

        Assert.False(await client.SecretExistsAsync(new PushSecretRemoteRef { RemoteKey = "/p/mine" }, default));
        Assert.True(await client.SecretExistsAsync(new PushSecretRemoteRef { RemoteKey = "/p/keep" }, default));
    }

    private static ExternalSecretDataRemoteRef Ref(string key, string? property = null, string? version = null) =>
        new() { Key = key, Property = property, Version = version };
}
