using System.Text.Json;
using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Vault;
using Ferry.Controllers.Operator;
using Ferry.Controllers.Stores;
using Ferry.Controllers.Tests.Operator;
using Ferry.Providers.Fake;
using Ferry.Testing;
using k8s.Models;

namespace Ferry.Controllers.Tests.Stores;

[Collection(OperatorCollection.Name)]
[Trait("Category", "Integration")]
public sealed class StoreResolverTests(OperatorCluster cluster)
{
    private static readonly Api.V1.ExternalSecretDataRemoteRef AnyKey = new() { Key = "k" };

    [Fact]
    public async Task Resolve_MissingStore_NotFound()
    {
        await using var op = await cluster.StartOperatorAsync();

        var resolution = await op.Stores.ResolveAsync("nowhere", SecretStoreKind.SecretStore, "absent", CancellationToken.None);

        Assert.Equal(StoreResolutionOutcome.NotFound, resolution.Outcome);
        Assert.Equal("SecretStore \"absent\" not found in namespace \"nowhere\"", resolution.Message);
        Assert.Null(resolution.Lease);
    }

    [Fact]
    public async Task Resolve_ReadyStore_LendsAClientThatReadsTheStore()
    {
        await using var op = await cluster.StartOperatorAsync();
        var ns = await cluster.CreateNamespaceAsync("res-ready");
        await cluster.CreateSecretStoreAsync(ns, "fake", OperatorCluster.FakeSpec(data: ("k", "hello")));
        await cluster.WaitForSecretStoreAsync(ns, "fake", "True");

        var resolution = await ResolveWhenAsync(op, ns, SecretStoreKind.SecretStore, "fake", StoreResolutionOutcome.Usable);
        await using var lease = resolution.Lease!;

        Assert.Equal(FakeSecretsProvider.ProviderName, resolution.Provider!.Name);
        Assert.Equal(new Providers.StoreIdentity(SecretStoreKind.SecretStore, ns, "fake", resolution.Identity!.Value.Uid), resolution.Identity);
        Assert.Equal("hello", (await lease.Client.GetSecretAsync(AnyKey, CancellationToken.None)).Reveal());
    }

    [Fact]
    public async Task Resolve_ClusterStoreNamingNamespaces_AdmitsListedAndRefusesOthers()
    {
        await using var op = await cluster.StartOperatorAsync();
        var admitted = await cluster.CreateNamespaceAsync("res-listed");
        var refused = await cluster.CreateNamespaceAsync("res-unlisted");
        var name = await CreateReadyClusterStoreAsync(new ClusterSecretStoreCondition { Namespaces = [admitted] });

        var ok = await ResolveWhenAsync(op, admitted, SecretStoreKind.ClusterSecretStore, name, StoreResolutionOutcome.Usable);
        await ok.Lease!.DisposeAsync();
        var no = await op.Stores.ResolveAsync(refused, SecretStoreKind.ClusterSecretStore, name, CancellationToken.None);

        Assert.Equal(StoreResolutionOutcome.NamespaceRefused, no.Outcome);
        Assert.Equal($"using cluster store \"{name}\" is not allowed from namespace \"{refused}\": denied by spec.condition", no.Message);
        Assert.Null(no.Lease);
    }

    [Fact]
    public async Task Resolve_ClusterStoreWithNamespaceSelector_MatchesNamespaceLabels()
    {
        await using var op = await cluster.StartOperatorAsync();
        var admitted = await cluster.CreateNamespaceAsync("res-team", new Dictionary<string, string> { ["team"] = "blue" });
        var refused = await cluster.CreateNamespaceAsync("res-team", new Dictionary<string, string> { ["team"] = "red" });
        var name = await CreateReadyClusterStoreAsync(new ClusterSecretStoreCondition
        {
            NamespaceSelector = new LabelSelector { MatchLabels = new() { ["team"] = "blue" } },
        });

        var ok = await ResolveWhenAsync(op, admitted, SecretStoreKind.ClusterSecretStore, name, StoreResolutionOutcome.Usable);
        await ok.Lease!.DisposeAsync();
        var no = await op.Stores.ResolveAsync(refused, SecretStoreKind.ClusterSecretStore, name, CancellationToken.None);

        Assert.Equal(StoreResolutionOutcome.NamespaceRefused, no.Outcome);
    }

    [Fact]
    public async Task Resolve_ClusterStoreWithNamespaceRegexes_MatchesUnanchored()
    {
        await using var op = await cluster.StartOperatorAsync();
        var admitted = await cluster.CreateNamespaceAsync("res-prod-eu");
        var refused = await cluster.CreateNamespaceAsync("res-staging");
        var name = await CreateReadyClusterStoreAsync(new ClusterSecretStoreCondition { NamespaceRegexes = ["prod"] });

        var ok = await ResolveWhenAsync(op, admitted, SecretStoreKind.ClusterSecretStore, name, StoreResolutionOutcome.Usable);
        await ok.Lease!.DisposeAsync();
        var no = await op.Stores.ResolveAsync(refused, SecretStoreKind.ClusterSecretStore, name, CancellationToken.None);

        Assert.Equal(StoreResolutionOutcome.NamespaceRefused, no.Outcome);
    }

    [Fact]
    public async Task Resolve_FloodGateOnAndStoreNotReady_RefusedAsNotReady()
    {
        await using var op = await cluster.StartOperatorAsync();
        var name = OperatorCluster.UniqueName("gate");
        await cluster.CreateClusterSecretStoreAsync(name, OperatorCluster.FakeSpec(validationResult: 2));
        await cluster.WaitForClusterSecretStoreAsync(name, "False");

        var resolution = await ResolveWhenAsync(op, "default", SecretStoreKind.ClusterSecretStore, name, StoreResolutionOutcome.NotReady);

        Assert.Equal($"ClusterSecretStore \"{name}\" is not ready", resolution.Message);
        Assert.Null(resolution.Lease);
    }

    [Fact]
    public async Task Resolve_FloodGateOff_NotReadyStoreStillUsable()
    {
        await using var op = await cluster.StartOperatorAsync(OperatorCluster.QuietOptions() with { EnableFloodGate = false });
        var name = OperatorCluster.UniqueName("nogate");
        await cluster.CreateClusterSecretStoreAsync(name, OperatorCluster.FakeSpec(validationResult: 2));
        await cluster.WaitForClusterSecretStoreAsync(name, "False");

        var resolution = await ResolveWhenAsync(op, "default", SecretStoreKind.ClusterSecretStore, name, StoreResolutionOutcome.Usable);

        await resolution.Lease!.DisposeAsync();
    }

    [Fact]
    public async Task Resolve_StoreOfAnotherControllerClass_RefusedAsUnmanaged()
    {
        await using var op = await cluster.StartOperatorAsync();
        var name = OperatorCluster.UniqueName("class");
        var spec = OperatorCluster.FakeSpec();
        spec.Controller = "other";
        await cluster.CreateClusterSecretStoreAsync(name, spec);

        var resolution = await ResolveWhenAsync(op, "default", SecretStoreKind.ClusterSecretStore, name, StoreResolutionOutcome.OtherControllerClass);

        Assert.Equal("can not reference unmanaged store", resolution.Message);
    }

    [Fact]
    public async Task Resolve_ClusterStoresDisabled_RefusedAsNotServed()
    {
        await using var op = await cluster.StartOperatorAsync(OperatorCluster.QuietOptions() with { EnableClusterStoreReconciler = false });
        var name = OperatorCluster.UniqueName("off");
        await cluster.CreateClusterSecretStoreAsync(name, OperatorCluster.FakeSpec());

        var resolution = await op.Stores.ResolveAsync("default", SecretStoreKind.ClusterSecretStore, name, CancellationToken.None);

        Assert.Equal(StoreResolutionOutcome.OtherControllerClass, resolution.Outcome);
        Assert.Null(resolution.Lease);
    }

    [Fact]
    public async Task Resolve_ProviderFerryDoesNotImplement_ProviderNotSupportedNamingIt()
    {
        await using var op = await cluster.StartOperatorAsync();
        var name = OperatorCluster.UniqueName("doppler");
        await cluster.CreateClusterSecretStoreAsync(name, new SecretStoreSpec
        {
            Provider = new SecretStoreProvider { Doppler = JsonDocument.Parse("{}").RootElement },
        });

        var resolution = await ResolveWhenAsync(op, "default", SecretStoreKind.ClusterSecretStore, name, StoreResolutionOutcome.ProviderNotSupported);

        Assert.Equal("provider \"doppler\" is not supported by Ferry", resolution.Message);
    }

    [Fact]
    public async Task Resolve_Twice_ReusesOnePooledClient()
    {
        var vault = new CountingVaultProvider();
        await using var op = await cluster.StartOperatorAsync(null, vault, new FakeSecretsProvider());
        var ns = await cluster.CreateNamespaceAsync("res-pool");
        await CreateTokenSecretAsync(ns, "one");
        await cluster.CreateSecretStoreAsync(ns, "vault", VaultSpec());
        await cluster.WaitForSecretStoreAsync(ns, "vault", "True");

        for (var i = 0; i < 5; i++)
        {
            var resolution = await ResolveWhenAsync(op, ns, SecretStoreKind.SecretStore, "vault", StoreResolutionOutcome.Usable);
            await resolution.Lease!.DisposeAsync();
        }

        Assert.Equal(1, vault.Built);
    }

    [Fact]
    public async Task Resolve_CredentialRotated_RebuildsTheClientWithTheNewCredential()
    {
        var vault = new CountingVaultProvider();
        await using var op = await cluster.StartOperatorAsync(null, vault);
        var ns = await cluster.CreateNamespaceAsync("res-rotate");
        var token = await CreateTokenSecretAsync(ns, "first");
        await cluster.CreateSecretStoreAsync(ns, "vault", VaultSpec());
        await cluster.WaitForSecretStoreAsync(ns, "vault", "True");
        var before = await ResolveWhenAsync(op, ns, SecretStoreKind.SecretStore, "vault", StoreResolutionOutcome.Usable);
        await before.Lease!.DisposeAsync();
        var builtBefore = vault.Built;

        token.Data["token"] = "second"u8.ToArray();
        await cluster.Client.UpdateAsync(OperatorCluster.Secrets, token, CancellationToken.None);
        var after = await ResolveWhenAsync(op, ns, SecretStoreKind.SecretStore, "vault", StoreResolutionOutcome.Usable);
        await using var lease = after.Lease!;

        Assert.Equal("second", (await lease.Client.GetSecretAsync(AnyKey, CancellationToken.None)).Reveal());
        Assert.Equal(builtBefore + 1, vault.Built);
    }

    [Fact]
    public async Task StoreChanges_SpecReadyFlipAndDeletion_NotifyDependents()
    {
        await using var op = await cluster.StartOperatorAsync();
        var recorder = new RecordingDependents();
        op.StoreDependents.Attach(recorder);
        var name = OperatorCluster.UniqueName("notify");

        await cluster.CreateClusterSecretStoreAsync(name, OperatorCluster.FakeSpec());
        await Eventually.True(() => recorder.CountFor(name) >= 1, "creation was announced");
        var ready = await cluster.WaitForClusterSecretStoreAsync(name, "True");
        await Eventually.True(() => recorder.CountFor(name) >= 2, "the Ready flip was announced");

        ready!.Spec.Provider.Fake!.ValidationResult = 2;
        await cluster.Client.UpdateAsync(OperatorCluster.ClusterSecretStores, ready, CancellationToken.None);
        await cluster.WaitForClusterSecretStoreAsync(name, "False");
        await Eventually.True(() => recorder.CountFor(name) >= 4, "the spec change and the flip to not Ready were announced");

        await cluster.Client.DeleteAsync(OperatorCluster.ClusterSecretStores, null, name, CancellationToken.None);
        await Eventually.True(() => recorder.CountFor(name) >= 5, "the deletion was announced");
        Assert.All(recorder.Changes.Where(c => c.Name == name), c => Assert.Equal(SecretStoreKind.ClusterSecretStore, c.Kind));
    }

    [Fact]
    public async Task StoreChanges_MetadataOnlyChange_DoesNotNotify()
    {
        await using var op = await cluster.StartOperatorAsync();
        var name = OperatorCluster.UniqueName("quiet");
        await cluster.CreateClusterSecretStoreAsync(name, OperatorCluster.FakeSpec());
        var store = await cluster.WaitForClusterSecretStoreAsync(name, "True");
        var recorder = new RecordingDependents();
        op.StoreDependents.Attach(recorder);

        store!.Metadata.Labels = new Dictionary<string, string> { ["touched"] = "yes" };
        await cluster.Client.UpdateAsync(OperatorCluster.ClusterSecretStores, store, CancellationToken.None);
        var marker = OperatorCluster.UniqueName("marker");
        await cluster.CreateClusterSecretStoreAsync(marker, OperatorCluster.FakeSpec());
        await Eventually.True(() => recorder.CountFor(marker) >= 1, "a later change was announced");

        Assert.Equal(0, recorder.CountFor(name));
    }

    private static SecretStoreSpec VaultSpec() => new()
    {
        Provider = new SecretStoreProvider
        {
            Vault = new VaultProvider
            {
                Server = "https://vault.invalid:8200",
                Auth = new VaultAuth { TokenSecretRef = new SecretKeySelector { Name = "vault-token", Key = "token" } },
            },
        },
    };

    private async Task<V1Secret> CreateTokenSecretAsync(string ns, string token) =>
        await cluster.Client.CreateAsync(OperatorCluster.Secrets, new V1Secret
        {
            Metadata = new V1ObjectMeta { Name = "vault-token", NamespaceProperty = ns },
            Data = new Dictionary<string, byte[]> { ["token"] = System.Text.Encoding.UTF8.GetBytes(token) },
        }, CancellationToken.None);

    private async Task<string> CreateReadyClusterStoreAsync(ClusterSecretStoreCondition condition)
    {
        var name = OperatorCluster.UniqueName("css");
        var spec = OperatorCluster.FakeSpec(data: ("k", "v"));
        spec.Conditions = [condition];
        await cluster.CreateClusterSecretStoreAsync(name, spec);
        await cluster.WaitForClusterSecretStoreAsync(name, "True");
        return name;
    }

    // The operator's caches follow the API server a moment later: resolve until the cache agrees.
    private static Task<StoreResolution> ResolveWhenAsync(
        FerryOperator op, string ns, SecretStoreKind kind, string name, StoreResolutionOutcome expected) =>
        Eventually.UntilAsync(
            async () =>
            {
                var resolution = await op.Stores.ResolveAsync(ns, kind, name, CancellationToken.None);
                if (resolution.Outcome != expected && resolution.Lease is not null)
                {
                    await resolution.Lease.DisposeAsync();
                }

                return resolution;
            },
            resolution => resolution.Outcome == expected);
}
