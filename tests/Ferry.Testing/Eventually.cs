namespace Ferry.Testing;

/// <summary>
/// Waits on a condition with a deadline instead of sleeping a fixed time. The short poll interval only bounds how
/// soon a met condition is noticed; the deadline is what fails a test.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    public static async Task True(Func<bool> condition, string because = "the condition held", TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (!condition())
        {
            ThrowIfPast(deadline, because);
            await Task.Delay(10);
        }
    }

    public static async Task True(Func<Task<bool>> condition, string because = "the condition held", TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (!await condition())
        {
            ThrowIfPast(deadline, because);
            await Task.Delay(20);
        }
    }

    /// <summary>Probes until <paramref name="done"/> accepts the value, and returns that value.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            ThrowIfPast(deadline, "the probed value was accepted");
            await Task.Delay(20);
        }
    }

    private static void ThrowIfPast(DateTime deadline, string because)
    {
        if (DateTime.UtcNow > deadline)
        {
            throw new TimeoutException($"Timed out waiting until {because}.");
        }
    }
}
