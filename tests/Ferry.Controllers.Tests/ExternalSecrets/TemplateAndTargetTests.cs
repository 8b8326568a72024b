using Ferry.Api.V1;
using Ferry.Api.WellKnown;
using Ferry.Runtime.Events;

namespace Ferry.Controllers.Tests.ExternalSecrets;

[Trait("Category", "Integration")]
public sealed class TemplateAndTargetTests(ExternalSecretsFixture cluster) : IClassFixture<ExternalSecretsFixture>
{
    [Fact]
    public async Task Reconcile_Template_RendersDataTypeAndMetadata()
    {
        var ns = await cluster.CreateNamespaceAsync("template");
        cluster.Stores.Add(ns, "store").Set("db-password", "s3cret");
        var es = Manifests.ExternalSecret(ns, "app");
        es.Spec.Target!.Template = new ExternalSecretTemplate
        {
            Type = "kubernetes.io/basic-auth",
            Data = new Dictionary<string, string> { ["password"] = "{{ .password | upper }}", ["username"] = "admin" },
            Metadata = new ExternalSecretTemplateMetadata { Labels = new Dictionary<string, string> { ["team"] = "{{ \"pay\" }}ments" } },
        };

        await cluster.CreateAsync(es);

        var secret = await cluster.WaitForSecretAsync(ns, "app");
        Assert.Equal("S3CRET", Manifests.Text(secret, "password"));
        Assert.Equal("admin", Manifests.Text(secret, "username"));
        Assert.Equal("kubernetes.io/basic-auth", secret.Type);
        Assert.Equal("payments", secret.Metadata.Labels["team"]);
    }

    [Fact]
    public async Task Reconcile_TemplateFails_ReportsErrorAndLeavesSecretUntouched()
    {
        var ns = await cluster.CreateNamespaceAsync("badtemplate");
        cluster.Stores.Add(ns, "store").Set("db-password", "s3cret");
        await cluster.CreateAsync(Manifests.ExternalSecret(ns, "app"));
        var secret = await cluster.WaitForSecretAsync(ns, "app");

        await cluster.PatchAsync(ns, "app", """{"spec":{"target":{"template":{"data":{"password":"{{ .nosuchkey }}"}}}}}""");

        var es = await cluster.WaitForReasonAsync(ns, "app", ExternalSecretReasons.SecretSyncedError, ExternalSecretMessages.UpdateFailed);
        Assert.Equal("False", ExternalSecretsFixture.Ready(es)!.Status);
        Assert.Equal(secret.Metadata.ResourceVersion, (await cluster.GetSecretAsync(ns, "app"))!.Metadata.ResourceVersion);
        var warning = Assert.Single(cluster.Events.For(ns, "app"), e => e.Type == EventType.Warning);
        Assert.Contains("password", warning.Note);
        Assert.DoesNotContain("s3cret", warning.Note);
    }

    [Fact]
    public async Task Reconcile_ImmutableTarget_NeverRewritesDataButRecreatesDeletedSecret()
    {
        var ns = await cluster.CreateNamespaceAsync("immutable");
        var store = cluster.Stores.Add(ns, "store");
        store.Set("db-password", "v1");
        var es = Manifests.ExternalSecret(ns, "app");
        es.Spec.Target!.Immutable = true;
        await cluster.CreateAsync(es);
        var first = await cluster.WaitForSecretAsync(ns, "app");
        Assert.True(first.Immutable);

        store.Set("db-password", "v2");
        await cluster.PatchAsync(ns, "app", """{"metadata":{"annotations":{"force-sync":"1"}}}""");
        var synced = await cluster.WaitForAsync(ns, "app", e => e.Status!.SyncedResourceVersion != null && e.Status.SyncedResourceVersion.StartsWith($"{e.Metadata.Generation}-", StringComparison.Ordinal)
            && e.Metadata.Annotations?.ContainsKey("force-sync") == true && ExternalSecretsFixture.Ready(e)!.Status == "True"
            && e.Status.SyncedResourceVersion == Controllers.ExternalSecrets.SecretHashes.MetaHash(e.Metadata.Generation, e.Metadata.Annotations, e.Metadata.Labels));
        Assert.Equal("v1", Manifests.Text((await cluster.GetSecretAsync(ns, "app"))!, "password"));

        await cluster.Client.DeleteAsync(ExternalSecretsFixture.Secrets, ns, "app", CancellationToken.None);

        var recreated = await cluster.WaitForSecretAsync(ns, "app", s => s.Metadata.Uid != first.Metadata.Uid);
        Assert.Equal("v2", Manifests.Text(recreated, "password"));
        Assert.NotNull(synced);
    }

    [Fact]
    public async Task Reconcile_DataFromExtractFindAndRewrite_BuildsKeysInOrder()
    {
        var ns = await cluster.CreateNamespaceAsync("datafrom");
        var store = cluster.Stores.Add(ns, "store");
        store.Set("config", """{"host":"db","port":5432}""");
        store.Set("app/one", "1");
        store.Set("app/two", "2");
        store.Set("db-password", "override");
        var es = Manifests.ExternalSecret(ns, "app", data: ("host", "db-password"));
        es.Spec.DataFrom =
        [
            new ExternalSecretDataFromRemoteRef { Extract = new ExternalSecretDataRemoteRef { Key = "config" } },
            new ExternalSecretDataFromRemoteRef
            {
                Find = new ExternalSecretFind { Name = new FindName { Regexp = "^app/" } },
                Rewrite =
                [
                    new ExternalSecretRewrite { Regexp = new ExternalSecretRewriteRegexp { Source = "app_(.*)", Target = "n_${1}" } },
                    new ExternalSecretRewrite { Transform = new ExternalSecretRewriteTransform { Template = "{{ .value | upper }}" } },
                ],
            },
        ];

        await cluster.CreateAsync(es);

        // The fake provider converts found names ("app/one" to "app_one") before the rewrites run, as ESO's does.
        var secret = await cluster.WaitForSecretAsync(ns, "app");
        Assert.Equal(["N_ONE", "N_TWO", "host", "port"], secret.Data.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("override", Manifests.Text(secret, "host"));
        Assert.Equal("5432", Manifests.Text(secret, "port"));
        Assert.Equal("1", Manifests.Text(secret, "N_ONE"));
    }

    [Fact]
    public async Task Reconcile_DecodingStrategy_DecodesFetchedValue()
    {
        var ns = await cluster.CreateNamespaceAsync("decode");
        cluster.Stores.Add(ns, "store").Set("encoded", "aGVsbG8=");
        var es = Manifests.ExternalSecret(ns, "app", data: ("plain", "encoded"));
        es.Spec.Data![0].RemoteRef.DecodingStrategy = ExternalSecretDecodingStrategy.Base64;

        await cluster.CreateAsync(es);

        Assert.Equal("hello", Manifests.Text(await cluster.WaitForSecretAsync(ns, "app"), "plain"));
    }

    [Fact]
    public async Task Reconcile_GeneratorRef_ReportsNotImplemented()
    {
        var ns = await cluster.CreateNamespaceAsync("generator");
        cluster.Stores.Add(ns, "store").Set("db-password", "v1");
        var es = Manifests.ExternalSecret(ns, "app");
        es.Spec.DataFrom = [new ExternalSecretDataFromRemoteRef { SourceRef = new StoreGeneratorSourceRef { GeneratorRef = new GeneratorRef { Kind = GeneratorRefKind.Password, Name = "pw" } } }];

        await cluster.CreateAsync(es);

        await cluster.WaitForReasonAsync(ns, "app", ExternalSecretReasons.SecretSyncedError, ExternalSecretMessages.ProviderError);
        Assert.Contains(cluster.Events.For(ns, "app"), e => e.Type == EventType.Warning && e.Note.Contains("generators are not implemented", StringComparison.Ordinal));
        Assert.Null(await cluster.GetSecretAsync(ns, "app"));
    }
}
