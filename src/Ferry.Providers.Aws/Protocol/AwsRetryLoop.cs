namespace Ferry.Providers.Aws.Protocol;

/// <summary>Runs one call with <see cref="AwsRetryPolicy"/>: backoff with full jitter, at least the server's Retry-After.</summary>
internal static class AwsRetryLoop
{
    public const string RetryAfterKey = "RetryAfter";

    public static async Task<T> RunAsync<T>(
        Func<CancellationToken, Task<T>> attempt, bool idempotent, AwsRetryOptions retry, TimeProvider time, CancellationToken cancellationToken)
    {
        for (var number = 1; ; number++)
        {
            TimeSpan? wait;
            try
            {
                return await attempt(cancellationToken);
            }
            catch (AwsServiceException error) when (number < retry.MaxAttempts
                && (AwsRetryPolicy.IsThrottling(error.Status, error.Code) || (idempotent && AwsRetryPolicy.IsTransient(error.Status, error.Code))))
            {
                wait = error.Data[RetryAfterKey] as TimeSpan?;
                if (wait > retry.MaxRetryAfter)
                {
                    throw;
                }
            }
            catch (HttpRequestException) when (idempotent && number < retry.MaxAttempts)
            {
                wait = null;
            }
            catch (TimeoutException) when (idempotent && number < retry.MaxAttempts)
            {
                wait = null;
            }

            var backoff = AwsRetryPolicy.Backoff(retry, number);
            await Task.Delay(wait is { } after && after > backoff ? after : backoff, time, cancellationToken);
        }
    }

    /// <summary>Sends one attempt, turning the attempt timeout into a <see cref="TimeoutException"/> the loop may retry.</summary>
    public static async Task<T> WithTimeoutAsync<T>(
        string operation, string host, AwsRetryOptions retry, TimeProvider time, Func<CancellationToken, Task<T>> send, CancellationToken cancellationToken)
    {
        using var attemptTimeout = new CancellationTokenSource(retry.AttemptTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, attemptTimeout.Token);
        try
        {
            return await send(linked.Token);
        }
        catch (OperationCanceledException) when (attemptTimeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{operation}: no answer from {host} within {retry.AttemptTimeout.TotalSeconds:0.###}s");
        }
    }
}
