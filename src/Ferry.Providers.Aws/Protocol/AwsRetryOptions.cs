namespace Ferry.Providers.Aws.Protocol;

/// <summary>How calls are retried: exponential backoff with full jitter between <see cref="BaseDelay"/> and <see cref="MaxDelay"/>.</summary>
public sealed record AwsRetryOptions
{
    /// <summary>Attempts in all, the first included (the AWS SDKs' standard mode also makes three).</summary>
    public int MaxAttempts { get; init; } = 3;

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>A Retry-After longer than this is not waited for: the call fails and the reconcile backs off instead.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>One attempt is abandoned after this long (a hung connection).</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
