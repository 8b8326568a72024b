namespace Ferry.Runtime.Controllers;

/// <summary>What a successful reconcile asks for: nothing more, or another pass after a delay.</summary>
public readonly record struct ReconcileResult(TimeSpan? RequeueAfter)
{
    public static ReconcileResult Done => default;

    /// <summary>Reconcile again after the delay (a periodic refresh: it waits behind changed keys).</summary>
    public static ReconcileResult After(TimeSpan delay) => new(delay > TimeSpan.Zero ? delay : TimeSpan.Zero);
}
