namespace Ferry.Providers.Pooling;

/// <summary>
/// Marks the reads of one logical operation as needing the backend's current answer, bypassing
/// <see cref="CoalescingSecretsClient"/>'s reuse window. A user who rotates a secret and then force-syncs (or edits
/// the ExternalSecret) expects the new value, not one read a few seconds earlier for a neighbour; periodic refreshes
/// keep sharing reads. Scoped with an AsyncLocal so it flows through the awaits of the caller's reconcile and no
/// further.
/// </summary>
public static class FreshReads
{
    private static readonly AsyncLocal<bool> Current = new();

    /// <summary>True while a <see cref="Require"/> scope is open on this logical flow.</summary>
    public static bool Required => Current.Value;

    /// <summary>Opens a scope in which every read goes to the backend; dispose to close it.</summary>
    public static IDisposable Require()
    {
        var previous = Current.Value;
        Current.Value = true;
        return new Scope(previous);
    }

    private sealed class Scope(bool previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
