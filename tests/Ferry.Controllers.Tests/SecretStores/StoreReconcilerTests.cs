using System.Text.Json;
using Ferry.Api.V1;
using Ferry.Controllers.Tests.Operator;
using Ferry.Testing;

namespace Ferry.Controllers.Tests.SecretStores;

[Collection(OperatorCollection.Name)]
[Trait("Category", "Integration")]
public sealed class StoreReconcilerTests(OperatorCluster cluster)
{
    [Fact]
    public async Task Reconcile_ValidFakeStore_ReadyValidWithCapabilities()
    {
        await using var op = await cluster.StartOperatorAsync();
        var ns = await cluster.CreateNamespaceAsync("ss-valid");
        await cluster.CreateSecretStoreAsync(ns, "fake", OperatorCluster.FakeSpec(data: ("k", "v")));

        var store = await cluster.WaitForSecretStoreAsync(ns, "fake", "True");

        var ready = OperatorCluster.ReadyCondition(store!.Status)!;
        Assert.Equal("Valid", ready.Reason);
        Assert.Equal("store validated", ready.Message);
        Assert.NotNull(ready.LastTransitionTime);
        Assert.Equal("ReadWrite", store.Status!.Capabilities);
    }

    [Fact]
    public async Task Reconcile_ValidationUnknown_ReadyTrueWithValidationUnknown()
    {
        await using var op = await cluster.StartOperatorAsync();
        var name = OperatorCluster.UniqueName("unknown");
        await cluster.CreateClusterSecretStoreAsync(name, OperatorCluster.FakeSpec(validationResult: 1));

        var store = await cluster.WaitForClusterSecretStoreAsync(name, "True");

        var ready = OperatorCluster.ReadyCondition(store!.Status)!;
        Assert.Equal("ValidationUnknown", ready.Reason);
        Assert.Equal("could not determine validation status", ready.Message);
    }

    [Fact]
    public async Task Reconcile_ValidationFails_NotReadyInvalidProviderConfig()
    {
        await using var op = await cluster.StartOperatorAsync();
        var name = OperatorCluster.UniqueName("invalid");
        await cluster.CreateClusterSecretStoreAsync(name, OperatorCluster.FakeSpec(validationResult: 2));

        var store = await cluster.WaitForClusterSecretStoreAsync(name, "False");

        var ready = OperatorCluster.ReadyCondition(store!.Status)!;
        Assert.Equal("InvalidProviderConfig", ready.Reason);
        Assert.StartsWith("unable to validate store", ready.Message, StringComparison.Ordinal);
        Assert.Null(store.Status!.Capabilities);
    }

    [Fact]
    public async Task Reconcile_ProviderFerryDoesNotImplement_NotReadyNamingTheProvider()
    {
        await using var op = await cluster.StartOperatorAsync();
        var name = OperatorCluster.UniqueName("akeyless");
        var spec = new SecretStoreSpec { Provider = new SecretStoreProvider { Akeyless = JsonDocument.Parse("{}").RootElement } };
        await cluster.CreateClusterSecretStoreAsync(name, spec);

        var store = await cluster.WaitForClusterSecretStoreAsync(name, "False");

        var ready = OperatorCluster.ReadyCondition(store!.Status)!;
        Assert.Equal("InvalidProviderConfig", ready.Reason);
        Assert.Contains("provider \"akeyless\" is not supported by Ferry", ready.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconcile_StoreOfAnotherControllerClass_LeftWithoutStatus()
    {
        await using var op = await cluster.StartOperatorAsync();
        var ns = await cluster.CreateNamespaceAsync("ss-class");
        var other = OperatorCluster.FakeSpec();
        other.Controller = "someone-else";
        await cluster.CreateSecretStoreAsync(ns, "other", other);
        var mine = OperatorCluster.FakeSpec();
        mine.Controller = "default";
        await cluster.CreateSecretStoreAsync(ns, "mine", mine);

        await cluster.WaitForSecretStoreAsync(ns, "mine", "True");

        var untouched = await cluster.Client.GetAsync<SecretStore>(OperatorCluster.SecretStores, ns, "other", CancellationToken.None);
        Assert.Null(untouched!.Status);
    }

    [Fact]
    public async Task Reconcile_OperatorWithAnotherControllerClass_ServesOnlyItsStores()
    {
        await using var op = await cluster.StartOperatorAsync(OperatorCluster.QuietOptions() with { ControllerClass = "team-a" });
        var ns = await cluster.CreateNamespaceAsync("ss-team");
        var unclassed = OperatorCluster.FakeSpec();
        await cluster.CreateSecretStoreAsync(ns, "default-class", unclassed);
        var teamA = OperatorCluster.FakeSpec();
        teamA.Controller = "team-a";
        await cluster.CreateSecretStoreAsync(ns, "team-a", teamA);

        await cluster.WaitForSecretStoreAsync(ns, "team-a", "True");
        await cluster.WaitForSecretStoreAsync(ns, "default-class", "True");
    }

    [Fact]
    public async Task Reconcile_SpecFixed_ReadyFlipsAndTransitionTimeMoves()
    {
        await using var op = await cluster.StartOperatorAsync();
        var name = OperatorCluster.UniqueName("flip");
        await cluster.CreateClusterSecretStoreAsync(name, OperatorCluster.FakeSpec(validationResult: 2));
        var failing = await cluster.WaitForClusterSecretStoreAsync(name, "False");

        failing!.Spec.Provider.Fake!.ValidationResult = 0;
        await cluster.Client.UpdateAsync(OperatorCluster.ClusterSecretStores, failing, CancellationToken.None);

        var fixedStore = await cluster.WaitForClusterSecretStoreAsync(name, "True");
        Assert.Equal("Valid", OperatorCluster.ReadyCondition(fixedStore!.Status)!.Reason);
        Assert.Single(fixedStore.Status!.Conditions!);
    }

    [Fact]
    public async Task Reconcile_ReadyStore_PublishesEsoStoreGauges()
    {
        await using var op = await cluster.StartOperatorAsync();
        var ns = await cluster.CreateNamespaceAsync("ss-metrics");
        await cluster.CreateSecretStoreAsync(ns, "measured", OperatorCluster.FakeSpec());
        await cluster.WaitForSecretStoreAsync(ns, "measured", "True");

        await Eventually.True(
            () => op.RenderMetrics().Contains(
                $"secretstore_status_condition{{condition=\"Ready\",name=\"measured\",namespace=\"{ns}\",status=\"True\"}} 1",
                StringComparison.Ordinal),
            "the Ready gauge is 1");
        var metrics = op.RenderMetrics();
        Assert.Contains($"secretstore_status_condition{{condition=\"Ready\",name=\"measured\",namespace=\"{ns}\",status=\"False\"}} 0", metrics, StringComparison.Ordinal);
        Assert.Contains($"secretstore_reconcile_duration{{name=\"measured\",namespace=\"{ns}\"}}", metrics, StringComparison.Ordinal);
    }
}
