using Ferry.Api.WellKnown;

namespace Ferry.Api.Tests.WellKnown;

/// <summary>The names a drop-in must share with ESO 2.9 (eso-behaviour.md §1.3, §1.4, §1.6, §1.9, §2.8).</summary>
public sealed class WellKnownNamesTests
{
    public static TheoryData<string, string> Names() => new()
    {
        { Labels.Managed, "reconcile.external-secrets.io/managed" },
        { Labels.ManagedValue, "true" },
        { Labels.CreatedBy, "reconcile.external-secrets.io/created-by" },
        { Labels.GeneratorStateOwnerKey, "generators.external-secrets.io/owner-key" },
        { Annotations.DataHash, "reconcile.external-secrets.io/data-hash" },
        { Annotations.ForceSync, "external-secrets.io/force-sync" },
        { Annotations.IgnoreMaintenanceChecks, "external-secrets.io/ignore-maintenance-checks" },
        { Finalizers.ExternalSecret, "externalsecrets.external-secrets.io/externalsecret-cleanup" },
        { Finalizers.ClusterExternalSecret, "externalsecrets.external-secrets.io/clusterexternalsecret-cleanup" },
        { Finalizers.PushSecret, "pushsecret.externalsecrets.io/finalizer" },
        { Finalizers.SecretStore, "secretstore.externalsecrets.io/finalizer" },
        { Finalizers.GeneratorState, "generatorstate.externalsecrets.io/finalizer" },
        { Finalizers.ClusterExternalSecretNamespace("fanout"), "externalsecrets.external-secrets.io/ces-fanout" },
        { ExternalSecretMessages.Synced, "secret synced" },
        { ExternalSecretMessages.SyncedRetained, "secret retained due to DeletionPolicy=Retain" },
        { ExternalSecretMessages.MissingMergeTarget, "secret will not be created due to CreationPolicy=Merge" },
        { ExternalSecretMessages.UpdateFailedImmutable, "could not update secret, target is immutable" },
        { SecretStoreMessages.ValidationUnknown, "could not determine validation status" },
        { PushSecretMessages.Synced + PushSecretMessages.IfNotExistsSuffix, "PushSecret synced successfully. Existing secrets in providers unchanged." },
        { EventMessages.OrphanDeleted, "secret deleted because it was orphaned" },
        { RecorderNames.ClusterPushSecret, "external-secrets-controller" },
        { ProviderOwnership.TagKey + "=" + ProviderOwnership.TagValue, "managed-by=external-secrets" },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Name_MatchesEso(string actual, string expected)
    {
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void CreatedByValue_IsSha3OfNamespaceSlashName()
    {
        Assert.Equal("b8464376b5fe3535e690594280bfe59b60be2603cb6cbb6d6c8bcbb4", Labels.CreatedByValue("default", "my-es"));
    }

    [Fact]
    public void CreatedByValue_FitsALabelValue()
    {
        var value = Labels.CreatedByValue("a-namespace-with-a-long-name", "an-external-secret-with-an-even-longer-name");

        Assert.True(value.Length <= 63);
        Assert.Matches("^[0-9a-f]{56}$", value);
    }
}
