namespace Ferry.EndToEnd.Tests;

/// <summary>
/// <c>ferry run</c>, the operator as it runs in a cluster, against an API server in another process; driven with
/// kubectl only. Set FERRY_E2E_KUBECONFIG to run the same tests against a real cluster.
/// </summary>
[Trait("Category", "Integration")]
public sealed class FerryRunTests(RunFixture run) : IClassFixture<RunFixture>
{
    private SyncScenarios Scenarios => new(run.Kubectl);

    [Fact]
    public Task Run_SourceAndTemplateChange_SecretFollows() => WithTranscript(Scenarios.SourceAndTemplateChangesAsync);

    [Fact]
    public Task Run_ExternalSecretDeleted_OwnedSecretGoesOrphanedStays() => WithTranscript(Scenarios.DeletionFollowsCreationPolicyAsync);

    [Fact]
    public Task Run_RemoteKeyRemoved_DeletionPolicyHonoured() => WithTranscript(Scenarios.DeletionPolicyOnRemovedKeyAsync);

    /// <summary>A failure shows what the operator printed, which is where the reason usually is.</summary>
    private async Task WithTranscript(Func<Task> scenario)
    {
        try
        {
            await scenario();
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            throw new TimeoutException($"{e.Message}\nferry run:\n{run.Operator.Transcript}", e);
        }
    }
}
