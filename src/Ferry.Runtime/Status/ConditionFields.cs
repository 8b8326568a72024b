namespace Ferry.Runtime.Status;

/// <summary>
/// How <see cref="Conditions"/> reads and writes a condition type it does not know (for example Ferry.Api's ESO
/// condition, which the runtime may not reference): its type and status, whether the rest matches, how to copy the
/// rest, and how to stamp the transition time.
/// </summary>
public sealed record ConditionFields<T>(
    Func<T, string?> Type,
    Func<T, string?> Status,
    Func<T, T, bool> SameDetails,
    Action<T, T> CopyStatusAndDetails,
    Action<T, DateTimeOffset> SetTransitionTime);
