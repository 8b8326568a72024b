namespace Ferry.Runtime.Controllers;

/// <summary>
/// Brings one object to its desired state, level-based: it gets only a key, reads the current state from caches,
/// and returns what to do next. Throwing means "retry with backoff"; throwing
/// <see cref="TerminalReconcileException"/> means "recorded, do not retry until something changes".
/// </summary>
public interface IReconciler<in TKey>
{
    ValueTask<ReconcileResult> ReconcileAsync(TKey key, CancellationToken cancellationToken);
}
