using System.Net;
using System.Net.Sockets;
using Ferry.Runtime.Cache;
using Ferry.Runtime.Controllers;
using Ferry.Runtime.Diagnostics;
using Ferry.Testing;
using k8s.Models;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ferry.Runtime.Tests.Diagnostics;

[Trait("Category", "Integration")]
public sealed class MetricsTests(ClusterFixture cluster) : IClassFixture<ClusterFixture>
{
    [Fact]
    public async Task Render_AfterReconcilesAndInformerTraffic_ExposesTheExpectedSeries()
    {
        using var metrics = new RuntimeMetrics();
        using var exporter = new PrometheusExporter(metrics.Meter, cluster.Metrics.Meter);
        var ns = await cluster.CreateNamespaceAsync("metrics");
        var informer = new Informer<V1ConfigMap>(cluster.Client, ClusterFixture.ConfigMaps, new InformerOptions { Namespace = ns }, TimeProvider.System, NullLogger.Instance, metrics);
        using var controller = new Controller<ObjectKey>(new ControllerOptions { Name = "configmaps" }, new FailingFor("bad"), TimeProvider.System, NullLogger.Instance, metrics);
        controller.Watch(informer, c => [ObjectKey.Of(c)]);
        using var stop = new CancellationTokenSource();
        var running = Task.WhenAll(informer.RunAsync(stop.Token), controller.RunAsync(stop.Token));

        await cluster.Client.CreateAsync(ClusterFixture.ConfigMaps, ClusterFixture.ConfigMap(ns, "good"), CancellationToken.None);
        await cluster.Client.CreateAsync(ClusterFixture.ConfigMaps, ClusterFixture.ConfigMap(ns, "bad"), CancellationToken.None);
        await Eventually.True(() => exporter.Render().Contains("result=\"error\"", StringComparison.Ordinal), "a failed reconcile is counted");
        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(30));

        var text = exporter.Render();
        Assert.Contains("# TYPE controller_runtime_reconcile_total counter", text);
        Assert.Contains("controller_runtime_reconcile_total{controller=\"configmaps\",result=\"success\"}", text);
        Assert.Contains("controller_runtime_reconcile_errors_total{controller=\"configmaps\"} ", text);
        Assert.Contains("# TYPE controller_runtime_reconcile_time_seconds histogram", text);
        Assert.Contains("controller_runtime_reconcile_time_seconds_bucket{controller=\"configmaps\",le=\"+Inf\"}", text);
        Assert.Contains("# TYPE workqueue_depth gauge", text);
        Assert.Contains("workqueue_adds_total{name=\"configmaps\"}", text);
        Assert.Contains("workqueue_queue_duration_seconds_count{name=\"configmaps\"}", text);
        Assert.Contains("workqueue_work_duration_seconds_sum{name=\"configmaps\"}", text);
        Assert.Contains("workqueue_retries_total{name=\"configmaps\"}", text);
        Assert.Contains("informer_list_total{resource=\"configmaps.core/v1\"} 1", text);
        Assert.Contains("informer_watch_total{resource=\"configmaps.core/v1\"}", text);
        Assert.Matches("rest_client_requests_total\\{code=\"201\",method=\"POST\"\\} [1-9]", text);
    }

    [Fact]
    public async Task Serve_ReadinessFollowsTheCheck_AndMetricsAreServed()
    {
        using var metrics = new RuntimeMetrics();
        using var exporter = new PrometheusExporter(metrics.Meter);
        metrics.QueueAdd("q");
        var ready = false;
        var port = FreePort();
        var server = new DiagnosticsServer($"http://127.0.0.1:{port}/", () => ready, exporter);
        using var stop = new CancellationTokenSource();
        var running = server.RunAsync(stop.Token);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync("readyz")).StatusCode);
        ready = true;
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("readyz")).StatusCode);
        var body = await http.GetStringAsync("metrics");
        Assert.Contains("workqueue_adds_total{name=\"q\"} 1", body);

        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private sealed class FailingFor(string name) : IReconciler<ObjectKey>
    {
        public ValueTask<ReconcileResult> ReconcileAsync(ObjectKey key, CancellationToken cancellationToken) =>
            key.Name == name ? throw new InvalidOperationException("fails on purpose") : ValueTask.FromResult(ReconcileResult.Done);
    }
}
