using System.Net;
using Ferry.Runtime.Diagnostics;
using Ferry.Runtime.Queues;

namespace Ferry.Runtime.Client;

/// <summary>
/// Sits in KubernetesClient's handler chain: every request takes a token from the QPS/burst bucket; a 429 pauses
/// all requests until its Retry-After has passed and is retried; every response is counted by verb and code.
/// </summary>
internal sealed class ThrottlingHandler : DelegatingHandler
{
    private readonly KubeClientOptions _options;
    private readonly RuntimeMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly TokenBucket _bucket;
    private long _pausedUntilTicks;

    public ThrottlingHandler(KubeClientOptions options, RuntimeMetrics metrics, TimeProvider time)
    {
        _options = options;
        _metrics = metrics;
        _time = time;
        _bucket = new TokenBucket(options.Qps, options.Burst, time);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var verb = VerbOf(request);
        for (var attempt = 0; ; attempt++)
        {
            await WaitWhilePausedAsync(cancellationToken);
            await _bucket.TakeAsync(cancellationToken);
            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException)
            {
                _metrics.ApiRequest(verb, "<error>");
                throw;
            }

            _metrics.ApiRequest(verb, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt >= _options.MaxRetriesOn429)
            {
                return response;
            }

            Pause(RetryAfter(response));
            response.Dispose();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _bucket.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Pause(TimeSpan wait)
    {
        var until = (_time.GetUtcNow() + wait).UtcTicks;
        long current;
        do
        {
            current = Interlocked.Read(ref _pausedUntilTicks);
            if (current >= until)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _pausedUntilTicks, until, current) != current);
    }

    private async Task WaitWhilePausedAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var remaining = new DateTimeOffset(Interlocked.Read(ref _pausedUntilTicks), TimeSpan.Zero) - _time.GetUtcNow();
            if (remaining <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(remaining, _time, cancellationToken);
        }
    }

    private TimeSpan RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var wait = header switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - _time.GetUtcNow(),
            _ => _options.DefaultRetryAfter,
        };
        if (wait < TimeSpan.Zero)
        {
            wait = TimeSpan.Zero;
        }

        return wait > _options.MaxRetryAfter ? _options.MaxRetryAfter : wait;
    }

    private static string VerbOf(HttpRequestMessage request)
    {
        var method = request.Method.Method;
        var query = request.RequestUri?.Query ?? "";
        return method == "GET" && query.Contains("watch=true", StringComparison.Ordinal) ? "WATCH" : method;
    }
}
