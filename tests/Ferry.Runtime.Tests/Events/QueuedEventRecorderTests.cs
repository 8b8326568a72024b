using Ferry.Runtime.Events;
using Ferry.Testing;
using k8s.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Ferry.Runtime.Tests.Events;

public sealed class QueuedEventRecorderTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly GatedEventRecorder _inner = new();
    private readonly RecordingLogger _logger = new();

    [Fact]
    public async Task RecordAsync_WriterBlocked_ReturnsAtOnceAndWritesLater()
    {
        await using var recorder = NewRecorder(new QueuedEventRecorderOptions());

        var recording = recorder.RecordAsync(Subject("a"), EventType.Normal, "Created", "Create", "created", CancellationToken.None);

        Assert.True(recording.IsCompletedSuccessfully);
        await Eventually.True(() => _inner.Started == 1, "the writer took the event");
        Assert.Empty(_inner.Written);
        _inner.Open();
        await Eventually.True(() => _inner.Written.Count == 1, "the event was written");
        Assert.Equal(["a:Created"], _inner.Written);
    }

    [Fact]
    public async Task RecordAsync_QueueFull_WaitsForRoomAndLosesNothing()
    {
        await using var recorder = NewRecorder(new QueuedEventRecorderOptions { Capacity = 1, Writers = 1 });
        await recorder.RecordAsync(Subject("held"), EventType.Normal, "Created", "Create", "created", CancellationToken.None);
        await Eventually.True(() => _inner.Started == 1, "the only writer holds the first event");
        await recorder.RecordAsync(Subject("queued"), EventType.Normal, "Created", "Create", "created", CancellationToken.None);

        var waiting = recorder.RecordAsync(Subject("deleted"), EventType.Normal, "Deleted", "Delete", "deleted", CancellationToken.None);

        Assert.False(waiting.IsCompleted);
        _inner.Open();
        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        await Eventually.True(() => _inner.Written.Count == 3, "every event was written");
        Assert.Equal(["held:Created", "queued:Created", "deleted:Deleted"], _inner.Written);
        Assert.Equal(0, recorder.Dropped);
    }

    [Fact]
    public async Task RecordAsync_CallerCancelledWhileWaiting_DropsCountsAndLogs()
    {
        await using var recorder = NewRecorder(new QueuedEventRecorderOptions { Capacity = 1, Writers = 1 });
        await recorder.RecordAsync(Subject("held"), EventType.Normal, "Created", "Create", "created", CancellationToken.None);
        await Eventually.True(() => _inner.Started == 1, "the only writer holds the first event");
        await recorder.RecordAsync(Subject("queued"), EventType.Normal, "Created", "Create", "created", CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var waiting = recorder.RecordAsync(Subject("given-up"), EventType.Normal, "Created", "Create", "created", cancel.Token);

        await cancel.CancelAsync();
        await waiting.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, recorder.Dropped);
        var warning = Assert.Single(_logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("Dropped 1 events", warning.Message, StringComparison.Ordinal);
        _inner.Open();
    }

    [Fact]
    public async Task RecordAsync_AfterDisposal_DropsAndLogsTheCountSinceTheLastLine()
    {
        var recorder = NewRecorder(new QueuedEventRecorderOptions { DropLogInterval = TimeSpan.FromMinutes(1) });
        _inner.Open();
        await recorder.DisposeAsync();

        await recorder.RecordAsync(Subject("late0"), EventType.Normal, "Created", "Create", "created", CancellationToken.None);
        for (var i = 1; i < 4; i++)
        {
            await recorder.RecordAsync(Subject($"late{i}"), EventType.Normal, "Created", "Create", "created", CancellationToken.None);
        }

        _time.Advance(TimeSpan.FromMinutes(1));
        await recorder.RecordAsync(Subject("later"), EventType.Normal, "Created", "Create", "created", CancellationToken.None);

        Assert.Equal(5, recorder.Dropped);
        Assert.Equal(
            ["Dropped 1 events of events: recorded while it was stopping or while their caller was cancelled",
             "Dropped 4 events of events: recorded while it was stopping or while their caller was cancelled"],
            _logger.Entries.Where(e => e.Level == LogLevel.Warning).Select(e => e.Message));
        Assert.Empty(_inner.Written);
    }

    [Fact]
    public async Task DisposeAsync_EventsQueued_WritesThemBeforeReturning()
    {
        var recorder = NewRecorder(new QueuedEventRecorderOptions { Writers = 2 });
        for (var i = 0; i < 5; i++)
        {
            await recorder.RecordAsync(Subject($"e{i}"), EventType.Normal, "Created", "Create", "created", CancellationToken.None);
        }

        var disposing = recorder.DisposeAsync().AsTask();
        Assert.False(disposing.IsCompleted);
        _inner.Open();
        await disposing;

        Assert.Equal(5, _inner.Written.Count);
        Assert.Equal(0, recorder.Dropped);
    }

    [Fact]
    public async Task DisposeAsync_WriterStuckPastTheFlushTimeout_GivesUpAndCancelsIt()
    {
        var recorder = NewRecorder(new QueuedEventRecorderOptions { Writers = 1, FlushTimeout = TimeSpan.FromSeconds(5) });
        await recorder.RecordAsync(Subject("stuck"), EventType.Normal, "Created", "Create", "created", CancellationToken.None);
        await Eventually.True(() => _inner.Started == 1, "the writer holds the event");

        var disposing = recorder.DisposeAsync().AsTask();
        await Eventually.True(() =>
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            return disposing.IsCompleted;
        }, "the flush gave up");
        await disposing;

        Assert.Equal(1, _inner.Cancelled);
        Assert.Empty(_inner.Written);
        Assert.Contains(_logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("were not written", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RecordAsync_CallerChangesTheObjectAfterwards_WritesWhatItWasWhenRecorded()
    {
        var captured = new CapturingEventRecorder();
        await using (var recorder = new QueuedEventRecorder(captured, new QueuedEventRecorderOptions(), _time, _logger))
        {
            var subject = Subject("before");
            subject.Metadata.ResourceVersion = "1";
            await recorder.RecordAsync(subject, EventType.Normal, "Created", "Create", "created", CancellationToken.None);
            subject.Metadata.Name = "after";
            subject.Metadata.ResourceVersion = "2";
        }

        var written = Assert.Single(captured.Subjects);
        Assert.Equal(("before", "1", "uid-before", "ConfigMap"), (written.Metadata.Name, written.Metadata.ResourceVersion, written.Metadata.Uid, written.Kind));
    }

    private static V1ConfigMap Subject(string name) => new()
    {
        ApiVersion = "v1",
        Kind = "ConfigMap",
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = "ns", Uid = $"uid-{name}" },
    };

    private QueuedEventRecorder NewRecorder(QueuedEventRecorderOptions options) => new(_inner, options, _time, _logger);
}
