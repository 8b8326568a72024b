namespace Ferry.Testing.Backends.Webhook;

/// <summary>A failure the fake answers the next request with, instead of serving it.</summary>
public abstract record WebhookFault
{
    /// <summary>429 Too Many Requests with a Retry-After of the given seconds.</summary>
    public sealed record TooManyRequests(int RetryAfterSeconds) : WebhookFault;

    /// <summary>A 5xx status.</summary>
    public sealed record ServerError(int Status = 503) : WebhookFault;

    /// <summary>Answers only after the delay (or when the client gives up), to trip client timeouts.</summary>
    public sealed record Hang(TimeSpan Delay) : WebhookFault;
}
