using Ferry.Api.V1;
using Ferry.Dev;
using k8s.Models;

namespace Ferry.Tests.Dev;

public sealed class StatusBoardTests
{
    [Fact]
    public void Upsert_OnlyRefreshTimeChanged_RaisesNothing()
    {
        var board = new StatusBoard();
        var changes = new List<string>();
        board.Changed += (row, removed) => changes.Add(StatusTable.Line(row, removed));
        var synced = ExternalSecret("True", "SecretSynced", DateTimeOffset.Parse("2026-01-01T00:00:00Z"));

        board.Upsert(StatusRow.From(synced));
        board.Upsert(StatusRow.From(ExternalSecret("True", "SecretSynced", DateTimeOffset.Parse("2026-01-01T01:00:00Z"))));
        board.Upsert(StatusRow.From(ExternalSecret("False", "SecretSyncedError", null)));
        board.Remove(StatusRow.From(synced));
        board.Remove(StatusRow.From(synced));

        Assert.Equal(
        [
            "externalsecret app/db store=ClusterSecretStore/fake refresh=1m status=SecretSynced ready=True",
            "externalsecret app/db store=ClusterSecretStore/fake refresh=1m status=SecretSyncedError ready=False",
            "externalsecret app/db deleted",
        ], changes);
    }

    [Fact]
    public void Format_ExternalSecretsAndStores_AlignsColumnsAndMarksEmptyTables()
    {
        var board = new StatusBoard();
        board.Upsert(StatusRow.From(ExternalSecret("True", "SecretSynced", null)));
        board.Upsert(StatusRow.From(new ExternalSecret
        {
            Metadata = new V1ObjectMeta { Name = "pending-one", NamespaceProperty = "app" },
            Spec = new ExternalSecretSpec { SecretStoreRef = new SecretStoreRef { Name = "local" } },
        }));

        var table = StatusTable.Format(board.Snapshot());

        Assert.Equal(
            "EXTERNALSECRETS\n"
            + "NAMESPACE   NAME          STORE                     REFRESH INTERVAL   STATUS         READY\n"
            + "app         db            ClusterSecretStore/fake   1m                 SecretSynced   True\n"
            + "app         pending-one   SecretStore/local         -                  -              -\n"
            + "\nSTORES\n(none)\n",
            table);
    }

    [Fact]
    public void From_Store_NamesItsProvider()
    {
        var row = StatusRow.From(SecretStore.KubeKind, "app", "vault-store", new SecretStoreProvider { Fake = new() }, null);

        Assert.Equal("secretstore app/vault-store provider=fake status=- ready=-", StatusTable.Line(row, removed: false));
    }

    private static ExternalSecret ExternalSecret(string ready, string reason, DateTimeOffset? refreshTime) => new()
    {
        Metadata = new V1ObjectMeta { Name = "db", NamespaceProperty = "app" },
        Spec = new ExternalSecretSpec
        {
            RefreshInterval = "1m",
            SecretStoreRef = new SecretStoreRef { Kind = SecretStoreKind.ClusterSecretStore, Name = "fake" },
        },
        Status = new ExternalSecretStatus
        {
            RefreshTime = refreshTime,
            Conditions = [new ExternalSecretStatusCondition { Type = ExternalSecretConditionType.Ready, Status = ready, Reason = reason }],
        },
    };
}
