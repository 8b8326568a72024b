using System.Net;
using System.Net.Http.Headers;

namespace Ferry.Providers.Aws.Protocol;

/// <summary>
/// Which failures are worth another attempt and how long to wait first. Throttling and 429 mean the request was
/// refused before it ran, so every operation may retry them; a 5xx, a dropped connection or a timeout may hide a
/// request that did run, so only idempotent operations retry those.
/// </summary>
internal static class AwsRetryPolicy
{
    private static readonly HashSet<string> ThrottlingCodes = new(StringComparer.Ordinal)
    {
        "ThrottlingException", "Throttling", "TooManyRequestsException", "RequestLimitExceeded", "RequestThrottled",
        "RequestThrottledException", "ProvisionedThroughputExceededException", "SlowDown", "PriorRequestNotComplete",
    };

    private static readonly HashSet<string> TransientCodes = new(StringComparer.Ordinal)
    {
        "InternalServiceError", "InternalServerError", "InternalFailure", "ServiceUnavailable", "InternalError",
    };

    public static bool IsThrottling(HttpStatusCode status, string code) =>
        status == HttpStatusCode.TooManyRequests || ThrottlingCodes.Contains(code);

    public static bool IsTransient(HttpStatusCode status, string code) =>
        (int)status >= 500 || TransientCodes.Contains(code);

    /// <summary>Full jitter: a random delay up to the exponential ceiling for this attempt (1-based).</summary>
    public static TimeSpan Backoff(AwsRetryOptions options, int attempt)
    {
        var ceiling = Math.Min(options.MaxDelay.TotalMilliseconds, options.BaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1));
        return TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * ceiling);
    }

    /// <summary>The server's Retry-After (seconds or an HTTP date), if it sent one.</summary>
    public static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };
}
