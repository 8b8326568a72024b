using System.Text;
using System.Text.Json;
using Ferry.Api.V1;
using Ferry.Api.V1Alpha1;
using k8s;

namespace Ferry.Providers.Tests.Kubernetes;

[Trait("Category", "Integration")]
public sealed class KubernetesPushTests(KubernetesClusterFixture cluster) : IClassFixture<KubernetesClusterFixture>
{
    private static readonly Dictionary<string, string> Source = new() { ["user"] = "admin", ["password"] = "pa<ss>" };

    [Fact]
    public async Task Push_KeyIntoProperty_CreatesTheSecretWithTheSourceTypeAndLabels()
    {
        var (ns, client) = await ClientAsync();
        await using var _ = client;

        await client.PushSecretAsync(Request("password", "pushed", "pw", sourceType: "Opaque", labels: new() { ["app"] = "web" }), CancellationToken.None);

        var secret = await cluster.GetSecretAsync(ns, "pushed");
        Assert.NotNull(secret);
        Assert.Equal("pa<ss>", Encoding.UTF8.GetString(secret.Data["pw"]));
        Assert.Single(secret.Data);
        Assert.Equal("Opaque", secret.Type);
        Assert.Equal("web", secret.Metadata.Labels["app"]);
    }

    [Fact]
    public async Task Push_NoPropertyNoKey_ReplacesTheRemoteDataWithTheWholeSource()
    {
        var (ns, client) = await ClientAsync();
        await using var _ = client;
        await cluster.PutSecretAsync(ns, "pushed", new Dictionary<string, string> { ["stale"] = "x" });

        await client.PushSecretAsync(Request(null, "pushed", null), CancellationToken.None);

        var secret = await cluster.GetSecretAsync(ns, "pushed");
        Assert.Equal(["password", "user"], secret!.Data.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Push_PropertyWithoutKey_WritesTheSourceAsJson()
    {
        var (ns, client) = await ClientAsync();
        await using var _ = client;

        await client.PushSecretAsync(Request(null, "pushed", "all"), CancellationToken.None);

        var secret = await cluster.GetSecretAsync(ns, "pushed");
        Assert.Equal("""{"password":"pa<ss>","user":"admin"}""", Encoding.UTF8.GetString(secret!.Data["all"]));
    }

    [Fact]
    public async Task Push_KeyWithoutProperty_IsRefusedWithEsosMessage()
    {
        var (_, client) = await ClientAsync();
        await using var _ = client;

        var error = await Assert.ThrowsAsync<ProviderException>(
            () => client.PushSecretAsync(Request("password", "pushed", null), CancellationToken.None).AsTask());

        Assert.Equal("requires property in RemoteRef to push secret value if secret key is defined", error.Message);
    }

    [Fact]
    public async Task Push_ExistingSecret_KeepsOtherKeysAndSkipsUnchangedWrites()
    {
        var (ns, client) = await ClientAsync();
        await using var _ = client;
        await cluster.PutSecretAsync(ns, "pushed", new Dictionary<string, string> { ["other"] = "kept" });

        await client.PushSecretAsync(Request("user", "pushed", "u"), CancellationToken.None);
        var first = await cluster.GetSecretAsync(ns, "pushed");
        await client.PushSecretAsync(Request("user", "pushed", "u"), CancellationToken.None);
        var second = await cluster.GetSecretAsync(ns, "pushed");

        Assert.Equal("kept", Encoding.UTF8.GetString(first!.Data["other"]));
        Assert.Equal("admin", Encoding.UTF8.GetString(first.Data["u"]));
        Assert.Equal(first.Metadata.ResourceVersion, second!.Metadata.ResourceVersion);
    }

    [Fact]
    public async Task Push_MetadataLabels_MergeIntoTheRemoteSecret()
    {
        var (ns, client) = await ClientAsync();
        await using var _ = client;
        await cluster.PutSecretAsync(ns, "pushed", new Dictionary<string, string> { ["k"] = "v" }, new Dictionary<string, string> { ["existing"] = "yes" });

        await client.PushSecretAsync(
            Request("user", "pushed", "u", labels: new() { ["source"] = "s" }, metadata: Metadata("""{"labels":{"extra":"e"},"annotations":{"note":"n"}}""")),
            CancellationToken.None);

        var secret = await cluster.GetSecretAsync(ns, "pushed");
        Assert.Equal(["existing", "extra", "source"], secret!.Metadata.Labels.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("n", secret.Metadata.Annotations["note"]);
    }

    [Fact]
    public async Task Push_TargetMergePolicyReplace_DropsTheRemoteLabels()
    {
        var (ns, client) = await ClientAsync();
        await using var _ = client;
        await cluster.PutSecretAsync(ns, "pushed", new Dictionary<string, string> { ["k"] = "v" }, new Dictionary<string, string> { ["existing"] = "yes" });

        await client.PushSecretAsync(
            Request("user", "pushed", "u", metadata: Metadata("""{"targetMergePolicy":"Replace","labels":{"only":"this"}}""")),
            CancellationToken.None);

        var secret = await cluster.GetSecretAsync(ns, "pushed");
        Assert.Equal(["only"], secret!.Metadata.Labels.Keys);
    }

    [Fact]
    public async Task Push_TargetMergePolicyIgnore_LeavesTheRemoteLabels()
    {
        var (ns, client) = await ClientAsync();
        await using var _ = client;
        await cluster.PutSecretAsync(ns, "pushed", new Dictionary<string, string> { ["k"] = "v" }, new Dictionary<string, string> { ["existing"] = "yes" });

        await client.PushSecretAsync(
            Request("user", "pushed", "u", labels: new() { ["source"] = "s" }, metadata: Metadata("""{"targetMergePolicy":"Ignore"}""")),
            CancellationToken.None);

        var secret = await cluster.GetSecretAsync(ns, "pushed");
        Assert.Equal(["existing"], secret!.Metadata.Labels.Keys);
    }

    [Theory]
    [InlineData("""{"apiVersion":"v1","kind":"PushSecretMetadata","spec":{}}""", "unexpected apiVersion \"v1\"")]
    [InlineData("""{"apiVersion":"kubernetes.external-secrets.io/v1alpha1","kind":"Other","spec":{}}""", "unexpected kind \"Other\"")]
    [InlineData("""{"apiVersion":"kubernetes.external-secrets.io/v1alpha1","kind":"PushSecretMetadata","spec":{"colour":"red"}}""", "unknown field \"colour\"")]
    [InlineData("""{"apiVersion":"kubernetes.external-secrets.io/v1alpha1","kind":"PushSecretMetadata","spec":{"sourceMergePolicy":"Sometimes"}}""", "unexpected source merge policy \"Sometimes\"")]
    public async Task Push_BadMetadata_IsRefused(string json, string expected)
    {
        var (_, client) = await ClientAsync();
        await using var _ = client;

        var error = await Assert.ThrowsAsync<ProviderException>(
            () => client.PushSecretAsync(Request("user", "pushed", "u", metadata: JsonDocument.Parse(json).RootElement), CancellationToken.None).AsTask());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Push_RemoteNamespaceOverride_OnSecretStore_IsRefused()
    {
        var (_, client) = await ClientAsync();
        await using var _ = client;

        var error = await Assert.ThrowsAsync<ProviderException>(
            () => client.PushSecretAsync(Request("user", "pushed", "u", metadata: Metadata("""{"remoteNamespace":"kube-system"}""")), CancellationToken.None).AsTask());

        Assert.Equal("remoteNamespace override is only supported with ClusterSecretStore", error.Message);
    }

    [Fact]
    public async Task Push_RemoteNamespaceOverride_OnClusterStore_WritesThere()
    {
        var ns = await cluster.CreateNamespaceAsync("push");
        var target = await cluster.CreateNamespaceAsync("target");
        var auth = await cluster.AdminTokenAuthAsync(ns);
        auth.Token!.BearerToken.Namespace = ns;
        await using var client = await cluster.ClientAsync(ns, cluster.Spec(ns, auth), SecretStoreKind.ClusterSecretStore, consumerNamespace: ns);

        await client.PushSecretAsync(Request("user", "pushed", "u", metadata: Metadata($$"""{"remoteNamespace":"{{target}}"}""")), CancellationToken.None);

        Assert.Null(await cluster.GetSecretAsync(ns, "pushed"));
        Assert.NotNull(await cluster.GetSecretAsync(target, "pushed"));
    }

    [Fact]
    public async Task Push_WriteFails_ErrorCarriesNoValue()
    {
        var (ns, client) = await ClientAsync();
        await using var _ = client;
        await cluster.Admin.CoreV1.CreateNamespacedSecretAsync(
            new k8s.Models.V1Secret { Metadata = new k8s.Models.V1ObjectMeta { Name = "locked" }, Immutable = true, Data = new Dictionary<string, byte[]> { ["k"] = [1] } }, ns);

        var error = await Assert.ThrowsAsync<ProviderException>(
            () => client.PushSecretAsync(Request("password", "locked", "pw"), CancellationToken.None).AsTask());

        Assert.Contains("unable to update secret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("pa<ss>", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes("pa<ss>")), error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_OneOfSeveralProperties_RemovesOnlyThatKey()
    {
        var (ns, client) = await ClientAsync();
        await using var _ = client;
        await cluster.PutSecretAsync(ns, "pushed", new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" });

        await client.DeleteSecretAsync(new PushSecretRemoteRef { RemoteKey = "pushed", Property = "a" }, CancellationToken.None);

        Assert.Equal(["b"], (await cluster.GetSecretAsync(ns, "pushed"))!.Data.Keys);
    }

    [Fact]
    public async Task Delete_LastProperty_DeletesTheSecret()
    {
        var (ns, client) = await ClientAsync();
        await using var _ = client;
        await cluster.PutSecretAsync(ns, "pushed", new Dictionary<string, string> { ["a"] = "1" });

        await client.DeleteSecretAsync(new PushSecretRemoteRef { RemoteKey = "pushed", Property = "a" }, CancellationToken.None);

        Assert.Null(await cluster.GetSecretAsync(ns, "pushed"));
    }

    [Fact]
    public async Task Delete_NoProperty_DeletesTheSecret()
    {
        var (ns, client) = await ClientAsync();
        await using var _ = client;
        await cluster.PutSecretAsync(ns, "pushed", new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" });

        await client.DeleteSecretAsync(new PushSecretRemoteRef { RemoteKey = "pushed" }, CancellationToken.None);

        Assert.Null(await cluster.GetSecretAsync(ns, "pushed"));
    }

    [Fact]
    public async Task Delete_MissingSecretOrProperty_Succeeds()
    {
        var (ns, client) = await ClientAsync();
        await using var _ = client;
        await cluster.PutSecretAsync(ns, "pushed", new Dictionary<string, string> { ["a"] = "1" });

        await client.DeleteSecretAsync(new PushSecretRemoteRef { RemoteKey = "absent", Property = "a" }, CancellationToken.None);
        await client.DeleteSecretAsync(new PushSecretRemoteRef { RemoteKey = "pushed", Property = "zzz" }, CancellationToken.None);

        Assert.Equal(["a"], (await cluster.GetSecretAsync(ns, "pushed"))!.Data.Keys);
    }

    [Fact]
    public async Task SecretExists_WithProperty_ChecksTheKey()
    {
        var (ns, client) = await ClientAsync();
        await using var _ = client;
        await cluster.PutSecretAsync(ns, "pushed", new Dictionary<string, string> { ["a"] = "1" });

        Assert.True(await client.SecretExistsAsync(new PushSecretRemoteRef { RemoteKey = "pushed", Property = "a" }, CancellationToken.None));
        Assert.False(await client.SecretExistsAsync(new PushSecretRemoteRef { RemoteKey = "pushed", Property = "b" }, CancellationToken.None));
        Assert.False(await client.SecretExistsAsync(new PushSecretRemoteRef { RemoteKey = "absent" }, CancellationToken.None));
    }

    private static JsonElement Metadata(string spec) => JsonDocument.Parse(
        $$"""{"apiVersion":"kubernetes.external-secrets.io/v1alpha1","kind":"PushSecretMetadata","spec":{{spec}}}""").RootElement;

    private static PushSecretRequest Request(
        string? secretKey, string remoteKey, string? property, string? sourceType = null,
        Dictionary<string, string>? labels = null, JsonElement? metadata = null) => new(
        Source.ToDictionary(e => e.Key, e => SecretValue.FromString(e.Value)),
        new PushSecretData
        {
            Match = new PushSecretMatch { SecretKey = secretKey, RemoteRef = new PushSecretRemoteRef { RemoteKey = remoteKey, Property = property } },
            Metadata = metadata,
        },
        sourceType,
        labels);

    private async Task<(string Namespace, ISecretsClient Client)> ClientAsync()
    {
        var ns = await cluster.CreateNamespaceAsync("push");
        var auth = await cluster.AdminTokenAuthAsync(ns);
        return (ns, await cluster.ClientAsync(ns, cluster.Spec(ns, auth)));
    }
}
