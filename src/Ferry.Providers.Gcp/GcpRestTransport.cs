using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Ferry.Providers.Gcp;

/// <summary>
/// Sends Secret Manager REST calls with the client's bearer token. Retries what is safe to retry: any call refused
/// with 429 (nothing was done) and reads or deletes failing with 500/503 or a timeout, with exponential backoff,
/// full jitter and Retry-After honoured.
/// </summary>
internal sealed class GcpRestTransport(HttpClient http, GcpSecretManagerProviderOptions options)
{
    public async Task<GcpResponse> SendAsync(
        HttpMethod method, Uri url, string accessToken, JsonNode? body, bool idempotent, CancellationToken cancellationToken)
    {
        var payload = body?.ToJsonString();
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, url);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
            if (payload is not null)
            {
                request.Content = new StringContent(payload, Encoding.UTF8, "application/json");
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.RequestTimeout);
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is HttpRequestException or OperationCanceledException)
            {
                if (!idempotent || attempt >= options.MaxRetries)
                {
                    throw new ProviderException($"Secret Manager request failed: {ex.GetType().Name}", ex);
                }

                await Task.Delay(Backoff(attempt, null), options.TimeProvider, cancellationToken).ConfigureAwait(false);
                continue;
            }

            using (response)
            {
                var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                var status = response.StatusCode;
                var retryable = status == HttpStatusCode.TooManyRequests
                    || (idempotent && status is HttpStatusCode.InternalServerError or HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout);
                if (retryable && attempt < options.MaxRetries)
                {
                    await Task.Delay(Backoff(attempt, response.Headers.RetryAfter), options.TimeProvider, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                return new GcpResponse(status, text);
            }
        }
    }

    private TimeSpan Backoff(int attempt, RetryConditionHeaderValue? retryAfter)
    {
        var hinted = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - options.TimeProvider.GetUtcNow() : null);
        if (hinted is { } wait && wait > TimeSpan.Zero)
        {
            return wait < options.MaxRetryDelay ? wait : options.MaxRetryDelay;
        }

        var ceiling = Math.Min(options.MaxRetryDelay.TotalMilliseconds, options.RetryDelay.TotalMilliseconds * Math.Pow(2, attempt));
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + (Random.Shared.NextDouble() / 2)));
    }
}
