namespace Ferry.Runtime.Queues;

/// <summary>base × 2^failures, capped (controller-runtime's per-item limiter: 5 ms up to 1000 s).</summary>
public sealed record ExponentialBackoff(TimeSpan Base, TimeSpan Max)
{
    public static ExponentialBackoff Default { get; } = new(TimeSpan.FromMilliseconds(5), TimeSpan.FromSeconds(1000));

    /// <summary>The delay before retry number <paramref name="failures"/> (0 for the first retry).</summary>
    public TimeSpan DelayFor(int failures)
    {
        if (failures < 0)
        {
            failures = 0;
        }

        // Past 2^62 the multiplication overflows; the cap has long been reached by then.
        if (failures >= 62)
        {
            return Max;
        }

        var ticks = Base.Ticks * Math.Pow(2, failures);
        return ticks >= Max.Ticks ? Max : TimeSpan.FromTicks((long)ticks);
    }
}
