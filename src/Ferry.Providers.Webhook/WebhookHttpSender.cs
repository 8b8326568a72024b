using System.Net;

namespace Ferry.Providers.Webhook;

/// <summary>
/// Sends one webhook call with the retry rules of <see cref="WebhookRetryOptions"/>. The request is rebuilt for each
/// attempt; waits come from the <see cref="TimeProvider"/>, so tests can move them.
/// </summary>
internal sealed class WebhookHttpSender(HttpClient http, TimeSpan timeout, WebhookRetryOptions retry, TimeProvider time)
{
    public int Attempts { get; private set; }

    public async Task<WebhookResponse> SendAsync(Func<HttpRequestMessage> build, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = build();
            var idempotent = IsIdempotent(request.Method);
            using var deadline = new CancellationTokenSource(timeout, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
            TimeSpan? wait;
            try
            {
                Attempts++;
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token);
                var body = await response.Content.ReadAsByteArrayAsync(linked.Token);
                wait = RetryDelay(response, idempotent, attempt);
                if (wait is null)
                {
                    return new WebhookResponse(response.StatusCode, response.ReasonPhrase, body);
                }
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                if (!idempotent || attempt >= retry.MaxAttempts)
                {
                    throw new ProviderException($"failed to call endpoint: no response within {timeout.TotalSeconds:0.###}s");
                }

                wait = Backoff(attempt);
            }
            catch (HttpRequestException ex)
            {
                if (!idempotent || attempt >= retry.MaxAttempts)
                {
                    throw new ProviderException($"failed to call endpoint: {ex.Message}", ex);
                }

                wait = Backoff(attempt);
            }

            await Task.Delay(wait.Value, time, cancellationToken);
        }
    }

    private static bool IsIdempotent(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Put
        || method == HttpMethod.Delete || method == HttpMethod.Options;

    // Null: hand the response to the caller (success, or a failure not worth repeating).
    private TimeSpan? RetryDelay(HttpResponseMessage response, bool idempotent, int attempt)
    {
        var status = (int)response.StatusCode;
        var retryable = response.StatusCode == HttpStatusCode.TooManyRequests || (idempotent && status is >= 500 and <= 599);
        if (!retryable || attempt >= retry.MaxAttempts)
        {
            return null;
        }

        if (RetryAfter(response) is { } after)
        {
            return after <= retry.MaxRetryAfter ? after : null;
        }

        return Backoff(attempt);
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var delay = date - time.GetUtcNow();
            return delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
        }

        return null;
    }

    // Exponential with full jitter: spreads the retries of many reconciles hitting one endpoint.
    private TimeSpan Backoff(int attempt)
    {
        var ceiling = Math.Min(retry.MaxDelay.TotalMilliseconds, retry.BaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1));
        return TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * ceiling);
    }
}
