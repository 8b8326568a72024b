using Ferry.Api.V1;
using k8s;

namespace Ferry.Providers.Tests.Kubernetes;

[Trait("Category", "Integration")]
public sealed class KubernetesReadTests(KubernetesClusterFixture cluster) : IClassFixture<KubernetesClusterFixture>
{
    [Fact]
    public async Task GetSecret_NoProperty_ReturnsTheDataAsSortedJsonWithoutHtmlEscaping()
    {
        var (ns, client) = await SeedAsync();
        await using var _ = client;

        var value = await client.GetSecretAsync(Ref("app"), CancellationToken.None);

        Assert.Equal("""{"config.json":"{\"db\":{\"host\":\"h\"}}","html":"<b>&","token":"t0k"}""", value.Reveal());
    }

    [Theory]
    [InlineData("token", "t0k")]
    [InlineData("config.json", """{"db":{"host":"h"}}""")]
    [InlineData("html", "<b>&")]
    public async Task GetSecret_ExactDataKey_WinsOverAPath(string property, string expected)
    {
        var (_, client) = await SeedAsync();
        await using var _ = client;

        var value = await client.GetSecretAsync(Ref("app", property), CancellationToken.None);

        Assert.Equal(expected, value.Reveal());
    }

    [Fact]
    public async Task GetSecret_KeyDotPath_SelectsInsideThatKeysJson()
    {
        var (_, client) = await SeedAsync();
        await using var _ = client;

        var value = await client.GetSecretAsync(Ref("nested", "settings.db.port"), CancellationToken.None);

        Assert.Equal("5432", value.Reveal());
    }

    [Fact]
    public async Task GetSecret_MissingProperty_IsAnErrorNamingThePropertyNotTheValue()
    {
        var (_, client) = await SeedAsync();
        await using var _ = client;

        var error = await Assert.ThrowsAsync<ProviderException>(() => client.GetSecretAsync(Ref("app", "nope"), CancellationToken.None).AsTask());

        Assert.Equal("property nope does not exist in data of secret \"app\"", error.Message);
    }

    [Fact]
    public async Task GetSecret_MissingSecret_IsNotFound()
    {
        var (_, client) = await SeedAsync();
        await using var _ = client;

        await Assert.ThrowsAsync<SecretNotFoundException>(() => client.GetSecretAsync(Ref("absent", "token"), CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task GetSecret_SecretOutsideTheRemoteNamespace_IsNotFound()
    {
        var (_, client) = await SeedAsync();
        await using var _ = client;
        var elsewhere = await cluster.CreateNamespaceAsync("elsewhere");
        await cluster.PutSecretAsync(elsewhere, "hidden", new Dictionary<string, string> { ["k"] = "v" });

        await Assert.ThrowsAsync<SecretNotFoundException>(() => client.GetSecretAsync(Ref("hidden"), CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task GetSecret_MetadataFetch_ReturnsLabelsAndAnnotations()
    {
        var (_, client) = await SeedAsync();
        await using var _ = client;

        var all = await client.GetSecretAsync(Ref("app", metadata: true), CancellationToken.None);
        var labels = await client.GetSecretAsync(Ref("app", "labels", metadata: true), CancellationToken.None);
        var one = await client.GetSecretAsync(Ref("app", "labels.team", metadata: true), CancellationToken.None);

        Assert.Equal("""{"annotations":null,"labels":{"team":"payments","tier":"db"}}""", all.Reveal());
        Assert.Equal("""{"team":"payments","tier":"db"}""", labels.Reveal());
        Assert.Equal("payments", one.Reveal());
    }

    [Fact]
    public async Task GetSecret_BinaryValue_IsReturnedByteForByte()
    {
        var (ns, client) = await SeedAsync();
        await using var _ = client;
        byte[] binary = [0x00, 0xff, 0x00, 0xff, 0xac, 0xab, 0x28, 0x21];
        await cluster.Admin.CoreV1.CreateNamespacedSecretAsync(
            new k8s.Models.V1Secret { Metadata = new k8s.Models.V1ObjectMeta { Name = "bin" }, Data = new Dictionary<string, byte[]> { ["blob"] = binary } }, ns);

        var value = await client.GetSecretAsync(Ref("bin", "blob"), CancellationToken.None);

        Assert.Equal(binary, value.ToArray());
    }

    [Fact]
    public async Task GetSecretMap_NoProperty_ReturnsTheDataKeys()
    {
        var (_, client) = await SeedAsync();
        await using var _ = client;

        var map = await client.GetSecretMapAsync(Ref("app"), CancellationToken.None);

        Assert.Equal(["config.json", "html", "token"], map.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("t0k", map["token"].Reveal());
    }

    [Fact]
    public async Task GetSecretMap_Property_ExpandsThatKeyAndRemarshalsMembersAsEsoDoes()
    {
        var (_, client) = await SeedAsync();
        await using var _ = client;

        var map = await client.GetSecretMapAsync(Ref("nested", "settings"), CancellationToken.None);

        Assert.Equal("\"on\"", map["mode"].Reveal());
        Assert.Equal("""{"host":"h","port":5432}""", map["db"].Reveal());
        Assert.Equal("1.5", map["ratio"].Reveal());
    }

    [Fact]
    public async Task GetSecretMap_PropertyNotJson_FailsWithoutQuotingTheValue()
    {
        var (_, client) = await SeedAsync();
        await using var _ = client;

        var error = await Assert.ThrowsAsync<ProviderException>(() => client.GetSecretMapAsync(Ref("app", "token"), CancellationToken.None).AsTask());

        Assert.Equal("failed to unmarshal secret: invalid JSON format", error.Message);
    }

    [Fact]
    public async Task GetSecretMap_MissingSecret_IsNotFound()
    {
        var (_, client) = await SeedAsync();
        await using var _ = client;

        await Assert.ThrowsAsync<SecretNotFoundException>(() => client.GetSecretMapAsync(Ref("absent"), CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task GetAllSecrets_Tags_SelectsByLabels()
    {
        var (_, client) = await SeedAsync();
        await using var _ = client;

        var found = await client.GetAllSecretsAsync(new ExternalSecretFind { Tags = new() { ["team"] = "payments" } }, CancellationToken.None);

        Assert.Equal(["app", "nested"], found.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("""{"config.json":"{\"db\":{\"host\":\"h\"}}","html":"<b>&","token":"t0k"}""", found["app"].Reveal());
    }

    [Fact]
    public async Task GetAllSecrets_NameRegexp_MatchesNamesInTheRemoteNamespaceOnly()
    {
        var (_, client) = await SeedAsync();
        await using var _ = client;
        var elsewhere = await cluster.CreateNamespaceAsync("elsewhere");
        await cluster.PutSecretAsync(elsewhere, "app-copy", new Dictionary<string, string> { ["k"] = "v" });

        var found = await client.GetAllSecretsAsync(new ExternalSecretFind { Name = new FindName { Regexp = "^app" } }, CancellationToken.None);

        Assert.Equal(["app"], found.Keys);
    }

    [Fact]
    public async Task GetAllSecrets_PathOnly_IsUnsupported()
    {
        var (_, client) = await SeedAsync();
        await using var _ = client;

        await Assert.ThrowsAsync<UnsupportedOperationException>(
            () => client.GetAllSecretsAsync(new ExternalSecretFind { Path = "/a" }, CancellationToken.None).AsTask());
    }

    private static ExternalSecretDataRemoteRef Ref(string key, string? property = null, bool metadata = false) => new()
    {
        Key = key,
        Property = property,
        MetadataPolicy = metadata ? ExternalSecretMetadataPolicy.Fetch : null,
    };

    private async Task<(string Namespace, ISecretsClient Client)> SeedAsync()
    {
        var ns = await cluster.CreateNamespaceAsync("read");
        var labels = new Dictionary<string, string> { ["team"] = "payments", ["tier"] = "db" };
        await cluster.PutSecretAsync(ns, "app", new Dictionary<string, string>
        {
            ["token"] = "t0k",
            ["config.json"] = """{"db":{"host":"h"}}""",
            ["html"] = "<b>&",
        }, labels);
        await cluster.PutSecretAsync(ns, "nested", new Dictionary<string, string>
        {
            ["settings"] = """{"mode":"on","db":{"port":5432,"host":"h"},"ratio":1.50}""",
        }, new Dictionary<string, string> { ["team"] = "payments" });
        await cluster.PutSecretAsync(ns, "unrelated", new Dictionary<string, string> { ["k"] = "v" });
        var auth = await cluster.AdminTokenAuthAsync(ns, "zz-credentials");
        return (ns, await cluster.ClientAsync(ns, cluster.Spec(ns, auth)));
    }
}
