using System.Collections.Concurrent;
using Ferry.Runtime.Controllers;
using Ferry.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Ferry.Runtime.Tests.Controllers;

public sealed class ControllerTests : IDisposable
{
    private readonly FakeTimeProvider _time = new();
    private readonly ScriptedReconciler _reconciler = new();
    private readonly CancellationTokenSource _stop = new();

    public void Dispose() => _stop.Dispose();

    [Fact]
    public async Task Run_KeyAdded_ReconcilesItOnce()
    {
        using var controller = NewController();
        var running = controller.RunAsync(_stop.Token);

        controller.Queue.Add("a");

        await Eventually.True(() => _reconciler.Calls("a") == 1, "the key is reconciled");
        await StopAsync(running);
        Assert.Equal(1, _reconciler.Calls("a"));
    }

    [Fact]
    public async Task Run_ReconcileThrows_RetriesWithGrowingBackoffAndResetsOnSuccess()
    {
        using var controller = NewController();
        _reconciler.Script("a", _ => throw new InvalidOperationException("boom"), _ => throw new InvalidOperationException("boom"), _ => ReconcileResult.Done);
        var running = controller.RunAsync(_stop.Token);

        controller.Queue.Add("a");
        await Eventually.True(() => controller.Queue.Failures("a") == 1 && controller.Queue.DelayedCount == 1, "the first failure is counted");
        _time.Advance(TimeSpan.FromMilliseconds(5));
        await Eventually.True(() => controller.Queue.Failures("a") == 2 && controller.Queue.DelayedCount == 1, "the second failure is counted");
        _time.Advance(TimeSpan.FromMilliseconds(9));
        Assert.Equal(2, _reconciler.Calls("a"));
        _time.Advance(TimeSpan.FromMilliseconds(1));

        await Eventually.True(() => _reconciler.Calls("a") == 3 && controller.Queue.ProcessingCount == 0, "the third attempt runs after 10 ms");
        Assert.Equal(0, controller.Queue.Failures("a"));
        await StopAsync(running);
    }

    [Fact]
    public async Task Run_ReconcileAsksForRequeue_ReconcilesAgainAfterTheDelay()
    {
        using var controller = NewController();
        _reconciler.Script("a", _ => ReconcileResult.After(TimeSpan.FromMinutes(1)), _ => ReconcileResult.Done);
        var running = controller.RunAsync(_stop.Token);

        controller.Queue.Add("a");
        await Eventually.True(() => _reconciler.Calls("a") == 1 && controller.Queue.DelayedCount == 1, "the requeue is scheduled");
        _time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(1, _reconciler.Calls("a"));
        _time.Advance(TimeSpan.FromSeconds(1));

        await Eventually.True(() => _reconciler.Calls("a") == 2, "the key is reconciled again after a minute");
        await StopAsync(running);
    }

    [Fact]
    public async Task Run_ReconcileFailsTerminally_DoesNotRetry()
    {
        var logger = new RecordingLogger();
        using var controller = NewController(logger: logger);
        _reconciler.Script("a", new Func<CancellationToken, ReconcileResult>(_ => throw new TerminalReconcileException("spec is invalid")));
        var running = controller.RunAsync(_stop.Token);

        controller.Queue.Add("a");
        await Eventually.True(() => logger.Entries.Any(e => e.Exception is TerminalReconcileException), "the terminal error is recorded");
        _time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(1, _reconciler.Calls("a"));
        Assert.Equal(0, controller.Queue.DelayedCount);
        Assert.Equal(0, controller.Queue.Failures("a"));
        await StopAsync(running);
    }

    [Fact]
    public async Task Run_ManyWorkers_NeverReconcileOneKeyTwiceAtOnce()
    {
        using var controller = NewController(workers: 8, time: TimeProvider.System);
        var inFlight = new ConcurrentDictionary<string, int>();
        var overlaps = 0;
        var total = 0;
        _reconciler.Default = async key =>
        {
            if (!inFlight.TryAdd(key, 0))
            {
                Interlocked.Increment(ref overlaps);
            }

            await Task.Yield();
            inFlight.TryRemove(key, out _);
            Interlocked.Increment(ref total);
            return ReconcileResult.Done;
        };
        var running = controller.RunAsync(_stop.Token);

        for (var i = 0; i < 20_000; i++)
        {
            controller.Queue.Add($"k{i % 10}");
        }

        await Eventually.True(() => controller.Queue.Count == 0 && controller.Queue.ProcessingCount == 0, "the queue drains");
        await StopAsync(running);
        Assert.Equal(0, overlaps);
        Assert.InRange(total, 10, 20_000);
    }

    [Fact]
    public async Task Run_EveryReconcile_LogsInAScopeWithItsReconcileId()
    {
        var logger = new RecordingLogger();
        using var controller = NewController(logger: logger);
        _reconciler.Script("a", _ => throw new InvalidOperationException("boom"));
        _reconciler.Script("b", _ => throw new InvalidOperationException("boom"));
        var running = controller.RunAsync(_stop.Token);

        controller.Queue.Add("a");
        controller.Queue.Add("b");
        await Eventually.True(() => logger.Entries.Count(e => e.Exception is not null) == 2, "both failures are logged");
        await StopAsync(running);

        var scopes = logger.Entries.Where(e => e.Exception is not null).Select(e => Assert.IsType<ReconcileScope>(Assert.Single(e.Scopes))).ToList();
        Assert.Equal(["a", "b"], scopes.Select(s => s.Key).Order());
        Assert.All(scopes, s => Assert.Equal("test", s.Controller));
        Assert.NotEqual(scopes[0].ReconcileId, scopes[1].ReconcileId);
    }

    [Fact]
    public async Task Run_ShutdownWhileReconciling_LetsInFlightWorkFinishWithinTheGracePeriod()
    {
        using var controller = NewController();
        var release = new TaskCompletionSource<ReconcileResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        CancellationToken seenToken = default;
        _reconciler.ScriptAsync("slow", token =>
        {
            seenToken = token;
            return release.Task;
        });
        var running = controller.RunAsync(_stop.Token);
        controller.Queue.Add("slow");
        await Eventually.True(() => _reconciler.Calls("slow") == 1, "the slow reconcile started");

        await _stop.CancelAsync();
        controller.Queue.Add("late");
        Assert.False(running.IsCompleted);
        Assert.False(seenToken.IsCancellationRequested);
        release.SetResult(ReconcileResult.Done);

        await running.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(0, _reconciler.Calls("late"));
    }

    [Fact]
    public async Task Run_ShutdownGracePeriodPasses_CancelsTheReconcile()
    {
        using var controller = NewController();
        _reconciler.ScriptAsync("stuck", async token =>
        {
            await Task.Delay(Timeout.Infinite, token);
            return ReconcileResult.Done;
        });
        var running = controller.RunAsync(_stop.Token);
        controller.Queue.Add("stuck");
        await Eventually.True(() => _reconciler.Calls("stuck") == 1, "the stuck reconcile started");

        await _stop.CancelAsync();
        _time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(running.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));

        await running.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private Controller<string> NewController(int workers = 1, ILogger? logger = null, TimeProvider? time = null) =>
        new(new ControllerOptions { Name = "test", Workers = workers }, _reconciler, time ?? _time, logger ?? NullLogger.Instance);

    private async Task StopAsync(Task running)
    {
        await _stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private sealed class ScriptedReconciler : IReconciler<string>
    {
        private readonly ConcurrentDictionary<string, ConcurrentQueue<Func<CancellationToken, ValueTask<ReconcileResult>>>> _scripts = new();
        private readonly ConcurrentDictionary<string, int> _calls = new();

        public Func<string, ValueTask<ReconcileResult>> Default { get; set; } = _ => ValueTask.FromResult(ReconcileResult.Done);

        public int Calls(string key) => _calls.GetValueOrDefault(key);

        public void Script(string key, params Func<CancellationToken, ReconcileResult>[] steps) =>
            _scripts[key] = new ConcurrentQueue<Func<CancellationToken, ValueTask<ReconcileResult>>>(steps.Select(s => (Func<CancellationToken, ValueTask<ReconcileResult>>)(t => ValueTask.FromResult(s(t)))));

        public void ScriptAsync(string key, Func<CancellationToken, Task<ReconcileResult>> step) =>
            _scripts[key] = new ConcurrentQueue<Func<CancellationToken, ValueTask<ReconcileResult>>>([t => new ValueTask<ReconcileResult>(step(t))]);

        public ValueTask<ReconcileResult> ReconcileAsync(string key, CancellationToken cancellationToken)
        {
            _calls.AddOrUpdate(key, 1, (_, n) => n + 1);
            return _scripts.TryGetValue(key, out var steps) && steps.TryDequeue(out var step) ? step(cancellationToken) : Default(key);
        }
    }
}
