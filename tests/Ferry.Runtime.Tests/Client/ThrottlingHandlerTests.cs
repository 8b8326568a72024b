using System.Net;
using System.Net.Http.Headers;
using Ferry.Runtime.Client;
using Ferry.Runtime.Diagnostics;
using Ferry.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Ferry.Runtime.Tests.Client;

public sealed class ThrottlingHandlerTests : IDisposable
{
    private readonly FakeTimeProvider _time = new();
    private readonly RuntimeMetrics _metrics = new();
    private readonly ScriptedHandler _server = new();

    public void Dispose() => _metrics.Dispose();

    [Fact]
    public async Task Send_429WithRetryAfter_WaitsThatLongThenRetries()
    {
        _server.Responses.Enqueue(TooMany(TimeSpan.FromSeconds(3)));
        _server.Responses.Enqueue(new HttpResponseMessage(HttpStatusCode.OK));
        using var client = Client(new KubeClientOptions { Qps = 0 });

        var sending = client.GetAsync("http://cluster/api/v1/secrets");
        await Eventually.True(() => _server.Requests == 1);
        _time.Advance(TimeSpan.FromSeconds(2.9));
        Assert.False(sending.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(0.1));

        using var response = await sending.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, _server.Requests);
    }

    [Fact]
    public async Task Send_429TooOften_ReturnsTheLast429()
    {
        for (var i = 0; i < 3; i++)
        {
            _server.Responses.Enqueue(TooMany(TimeSpan.Zero));
        }

        using var client = Client(new KubeClientOptions { Qps = 0, MaxRetriesOn429 = 2 });

        using var response = await client.GetAsync("http://cluster/x").WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(3, _server.Requests);
    }

    [Fact]
    public async Task Send_BeyondBurst_WaitsForQps()
    {
        using var client = Client(new KubeClientOptions { Qps = 1, Burst = 2 });

        (await client.GetAsync("http://cluster/a")).Dispose();
        (await client.GetAsync("http://cluster/b")).Dispose();
        var third = client.GetAsync("http://cluster/c");

        Assert.False(third.IsCompleted);
        Assert.Equal(2, _server.Requests);
        _time.Advance(TimeSpan.FromSeconds(1));
        (await third.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
        Assert.Equal(3, _server.Requests);
    }

    private HttpClient Client(KubeClientOptions options) =>
        new(new ThrottlingHandler(options, _metrics, _time) { InnerHandler = _server });

    private static HttpResponseMessage TooMany(TimeSpan retryAfter)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(retryAfter);
        return response;
    }

    private sealed class ScriptedHandler : HttpMessageHandler
    {
        private int _requests;

        public Queue<HttpResponseMessage> Responses { get; } = new();

        public int Requests => Volatile.Read(ref _requests);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _requests);
            lock (Responses)
            {
                return Task.FromResult(Responses.TryDequeue(out var response) ? response : new HttpResponseMessage(HttpStatusCode.OK));
            }
        }
    }
}
