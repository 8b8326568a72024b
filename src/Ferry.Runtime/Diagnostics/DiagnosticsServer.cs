using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ferry.Runtime.Diagnostics;

/// <summary>
/// A small HTTP endpoint (HttpListener: the runtime stays free of ASP.NET Core) serving <c>/healthz</c> (alive),
/// <c>/readyz</c> (200 once the readiness check passes, e.g. caches synced; 503 before) and <c>/metrics</c>.
/// </summary>
public sealed partial class DiagnosticsServer : IRunnable
{
    private readonly string _prefix;
    private readonly Func<bool> _ready;
    private readonly PrometheusExporter _exporter;
    private readonly ILogger _logger;

    /// <param name="prefix">The listener prefix, e.g. <c>http://+:8081/</c> or <c>http://127.0.0.1:8081/</c>.</param>
    /// <param name="ready">The readiness check, e.g. <see cref="Manager.IsReady"/>.</param>
    /// <param name="exporter">The metrics to serve.</param>
    /// <param name="logger">Where a failed request is reported (the server keeps serving the next ones).</param>
    public DiagnosticsServer(string prefix, Func<bool> ready, PrometheusExporter exporter, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(ready);
        ArgumentNullException.ThrowIfNull(exporter);
        _prefix = prefix.EndsWith('/') ? prefix : prefix + "/";
        _ready = ready;
        _exporter = exporter;
        _logger = logger ?? NullLogger.Instance;
    }

    bool IRunnable.NeedsLeaderElection => false;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var listener = new HttpListener();
        listener.Prefixes.Add(_prefix);
        listener.Start();
        using var stop = cancellationToken.Register(listener.Stop);
        while (!cancellationToken.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                if (cancellationToken.IsCancellationRequested || !listener.IsListening)
                {
                    break;
                }

                // One connection that broke before its request was read; keep serving the others.
                Log.RequestFailed(_logger, _prefix, ex);
                continue;
            }

            try
            {
                await RespondAsync(context);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The scraper went away mid-response (a timeout, a restart) or rendering failed: a probe or the next
                // scrape must still be served, or a liveness probe on this port would restart a working operator.
                Log.RequestFailed(_logger, _prefix, ex);
            }
        }
    }

    private async Task RespondAsync(HttpListenerContext context)
    {
        var (status, contentType, body) = context.Request.Url?.AbsolutePath switch
        {
            "/healthz" or "/livez" => (200, "text/plain", "ok"),
            "/readyz" => _ready() ? (200, "text/plain", "ok") : (503, "text/plain", "caches not synced"),
            "/metrics" => (200, "text/plain; version=0.0.4; charset=utf-8", _exporter.Render()),
            _ => (404, "text/plain", "not found"),
        };
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength64 = bytes.Length;
        try
        {
            await context.Response.OutputStream.WriteAsync(bytes);
        }
        finally
        {
            context.Response.Close();
        }
    }
}
