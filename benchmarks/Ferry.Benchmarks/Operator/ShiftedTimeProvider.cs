namespace Ferry.Benchmarks.Operator;

/// <summary>
/// The system clock moved forward by a fixed offset (timers and delays unchanged): an operator started on it
/// finds every ExternalSecret's refresh due at once, which is the refresh storm the scenario measures, without
/// waiting a real refresh interval or shortening it for the first sync.
/// </summary>
internal sealed class ShiftedTimeProvider(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
}
