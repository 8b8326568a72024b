using Ferry.Runtime.Client;
using Ferry.Runtime.Events;
using k8s.Models;
using Microsoft.Extensions.Time.Testing;

namespace Ferry.Runtime.Tests.Events;

[Trait("Category", "Integration")]
public sealed class EventRecorderTests(ClusterFixture cluster) : IClassFixture<ClusterFixture>
{
    private static readonly ResourceType Events = ResourceType.For<Eventsv1Event>();
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task Record_Repeats_AreFoldedIntoOneEventSeries()
    {
        var ns = await cluster.CreateNamespaceAsync("events");
        var regarding = await cluster.Client.CreateAsync(ClusterFixture.ConfigMaps, ClusterFixture.ConfigMap(ns, "subject"), CancellationToken.None);
        var recorder = NewRecorder();

        for (var i = 0; i < 3; i++)
        {
            await recorder.RecordAsync(regarding, EventType.Warning, "SyncFailed", "Sync", "could not reach the store", CancellationToken.None);
        }

        _time.Advance(TimeSpan.FromSeconds(31));
        await recorder.RecordAsync(regarding, EventType.Warning, "SyncFailed", "Sync", "could not reach the store", CancellationToken.None);

        var events = (await cluster.Client.ListAsync<Eventsv1Event>(Events, ns, null, CancellationToken.None)).Items;
        var only = Assert.Single(events);
        Assert.Equal(4, only.Series?.Count);
        Assert.Equal("Warning", only.Type);
        Assert.Equal("subject", only.Regarding.Name);
        Assert.Equal("ferry-test", only.ReportingController);
    }

    [Fact]
    public async Task Record_DifferentReasons_AreSeparateEvents()
    {
        var ns = await cluster.CreateNamespaceAsync("events");
        var regarding = await cluster.Client.CreateAsync(ClusterFixture.ConfigMaps, ClusterFixture.ConfigMap(ns, "subject"), CancellationToken.None);
        var recorder = NewRecorder();

        await recorder.RecordAsync(regarding, EventType.Normal, "Updated", "Sync", "secret updated", CancellationToken.None);
        await recorder.RecordAsync(regarding, EventType.Warning, "SyncFailed", "Sync", "store unreachable", CancellationToken.None);

        var events = (await cluster.Client.ListAsync<Eventsv1Event>(Events, ns, null, CancellationToken.None)).Items;
        Assert.Equal(["SyncFailed", "Updated"], events.Select(e => e.Reason).Order());
    }

    [Fact]
    public async Task Record_RepeatsWhileTheFirstIsBeingCreated_JoinTheSameEvent()
    {
        var ns = await cluster.CreateNamespaceAsync("events");
        var regarding = await cluster.Client.CreateAsync(ClusterFixture.ConfigMaps, ClusterFixture.ConfigMap(ns, "subject"), CancellationToken.None);
        var recorder = NewRecorder();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            recorder.RecordAsync(regarding, EventType.Warning, "SyncFailed", "Sync", "could not reach the store", CancellationToken.None))));
        _time.Advance(TimeSpan.FromSeconds(31));
        await recorder.RecordAsync(regarding, EventType.Warning, "SyncFailed", "Sync", "could not reach the store", CancellationToken.None);

        var only = Assert.Single((await cluster.Client.ListAsync<Eventsv1Event>(Events, ns, null, CancellationToken.None)).Items);
        Assert.Equal(9, only.Series?.Count);
    }

    private EventRecorder NewRecorder() =>
        new(cluster.Client, new EventRecorderOptions { Controller = "ferry-test", Instance = "pod-0" }, _time);
}
