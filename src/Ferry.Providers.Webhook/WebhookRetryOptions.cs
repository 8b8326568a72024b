namespace Ferry.Providers.Webhook;

/// <summary>
/// How the webhook provider retries. Only what is safe to repeat is retried: a 429 (the endpoint refused before
/// doing anything) for any method, honouring Retry-After; a 5xx, a timeout or a broken connection only for
/// idempotent methods (GET, HEAD, PUT, DELETE, OPTIONS), never for a POST push that may have been applied.
/// </summary>
public sealed record WebhookRetryOptions
{
    /// <summary>Attempts per call, the first one included; 1 turns retrying off.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>The first backoff; each retry doubles it, with full jitter.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>A Retry-After longer than this is not waited for: the call fails and the next reconcile retries.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The request timeout when the store sets none (ESO has none; an endless call would stall a reconcile).</summary>
    public TimeSpan DefaultTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
