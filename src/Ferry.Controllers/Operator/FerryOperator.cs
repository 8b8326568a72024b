using Ferry.Controllers.Stores;
using Ferry.Providers;
using Ferry.Providers.Pooling;
using Ferry.Runtime;
using Ferry.Runtime.Client;
using Ferry.Runtime.Diagnostics;
using Ferry.Runtime.Events;
using Ferry.Runtime.Leadership;
using Microsoft.Extensions.Logging;

namespace Ferry.Controllers.Operator;

/// <summary>
/// The whole operator in one object: informers, the store and ExternalSecret controllers, leader election on a
/// coordination.k8s.io Lease, and the /metrics, /healthz and /readyz endpoints, composed from
/// <see cref="FerryOperatorOptions"/> against any <see cref="IKubeClient"/>. `ferry run`, `ferry dev` and tests start
/// it with <see cref="StartAsync(IKubeClient, FerryOperatorOptions, IEnumerable{ISecretsProvider}, ILoggerFactory, TimeProvider?, CancellationToken)"/>
/// and stop it by disposing it.
/// </summary>
public sealed partial class FerryOperator : IAsyncDisposable
{
    private readonly Manager _manager;
    private readonly LeaderElection? _election;
    private readonly SecretsClientPool _pool;
    private readonly PrometheusExporter _exporter;
    private readonly List<IDisposable> _owned;
    private readonly List<QueuedEventRecorder> _events;
    private readonly ILogger _logger;
    private CancellationTokenSource? _stop;
    private Task? _running;

    private FerryOperator(Parts parts)
    {
        _manager = parts.Manager;
        _election = parts.Election;
        _pool = parts.Pool;
        _exporter = parts.Exporter;
        _owned = parts.Owned;
        _events = parts.Events;
        _logger = parts.Logger;
        Stores = parts.Resolver;
        StoreDependents = parts.Dependents;
        RuntimeMetrics = parts.RuntimeMetrics;
        Options = parts.Options;
    }

    public FerryOperatorOptions Options { get; }

    /// <summary>How consumers reach stores (the ExternalSecret controller uses it; so can a test).</summary>
    public IStoreResolver Stores { get; }

    /// <summary>Where store changes are announced; attach another listener to hear them too.</summary>
    public StoreDependentsRelay StoreDependents { get; }

    public RuntimeMetrics RuntimeMetrics { get; }

    /// <summary>True once every cache has synced (what /readyz answers).</summary>
    public bool IsReady => _manager.IsReady;

    /// <summary>True while this replica leads and runs the controllers.</summary>
    public bool IsRunningControllers => _manager.IsRunningControllers;

    /// <summary>The manager's run; it faults when leadership is lost or a component fails.</summary>
    public Task Completion => _running ?? Task.CompletedTask;

    /// <summary>Builds the operator without starting it.</summary>
    public static FerryOperator Create(
        IKubeClient client,
        FerryOperatorOptions options,
        IEnumerable<ISecretsProvider> providers,
        ILoggerFactory loggerFactory,
        TimeProvider? time = null,
        RuntimeMetrics? runtimeMetrics = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(providers);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        return new FerryOperator(Compose(client, options, new ProviderRegistry(providers), loggerFactory, time ?? TimeProvider.System, runtimeMetrics));
    }

    /// <summary>Builds and starts the operator; returns once it runs (not waiting for the caches: see <see cref="WaitUntilReadyAsync"/>).</summary>
    public static Task<FerryOperator> StartAsync(
        IKubeClient client,
        FerryOperatorOptions options,
        IEnumerable<ISecretsProvider> providers,
        ILoggerFactory loggerFactory,
        TimeProvider? time = null,
        CancellationToken cancellationToken = default)
    {
        var op = Create(client, options, providers, loggerFactory, time);
        op.Start(cancellationToken);
        return Task.FromResult(op);
    }

    /// <summary>Starts the manager in the background. <paramref name="cancellationToken"/> stops it, as does disposing.</summary>
    public void Start(CancellationToken cancellationToken = default)
    {
        if (_running is not null)
        {
            throw new InvalidOperationException("The operator is already running.");
        }

        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _running = Task.Run(() => _manager.RunAsync(_stop.Token), CancellationToken.None);
        Log.Started(_logger, Options.ControllerClass, Options.EnableLeaderElection);
    }

    /// <summary>Waits until every cache has synced and (with leader election, once leading) the controllers run.</summary>
    public async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        while (!(IsReady && IsRunningControllers))
        {
            if (_running is { IsCompleted: true } done)
            {
                await done;
                throw new InvalidOperationException("The operator stopped before it was ready.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken);
        }
    }

    /// <summary>The metrics as /metrics serves them.</summary>
    public string RenderMetrics() => _exporter.Render();

    /// <summary>Stops the controllers (in-flight reconciles finish), releases the Lease, and closes every client.</summary>
    public async Task StopAsync()
    {
        if (_stop is not null)
        {
            await _stop.CancelAsync();
        }

        if (_running is not null)
        {
            try
            {
                await _running;
            }
            catch (Exception ex) when (ex is OperationCanceledException or InvalidOperationException)
            {
                Log.StoppedWith(_logger, ex.Message);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();

        // The controllers have stopped, so no event is added any more: write the queued ones while the client works.
        foreach (var events in _events)
        {
            await events.DisposeAsync();
        }

        await _pool.DisposeAsync();
        _election?.Dispose();
        _exporter.Dispose();
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }

        _stop?.Dispose();
        _manager.Dispose();
    }
}
