namespace Ferry.Testing.Backends.Azure;

/// <summary>A failure the fake answers an authenticated vault request with, instead of serving it.</summary>
public sealed record AzureFakeFault
{
    private AzureFakeFault(int status, TimeSpan? retryAfter, bool hang)
    {
        Status = status;
        RetryAfter = retryAfter;
        Hang = hang;
    }

    public int Status { get; }

    public TimeSpan? RetryAfter { get; }

    /// <summary>The request never gets an answer (until the client gives up or the fake stops).</summary>
    public bool Hang { get; }

    /// <summary>429 Throttled with a Retry-After header, as Key Vault answers over its service limits.</summary>
    public static AzureFakeFault Throttle(TimeSpan retryAfter) => new(429, retryAfter, false);

    public static AzureFakeFault ServerError(int status = 500) => new(status, null, false);

    public static AzureFakeFault Timeout() => new(0, null, true);
}
