namespace Ferry.LocalCluster.Semantics;

/// <summary>The DeleteOptions of one delete call.</summary>
internal sealed record DeleteOptions(string? PropagationPolicy, string? PreconditionUid, string? PreconditionResourceVersion, bool DryRun)
{
    public static DeleteOptions Default { get; } = new(null, null, null, false);
}
