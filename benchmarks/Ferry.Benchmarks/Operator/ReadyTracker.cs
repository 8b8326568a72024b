using Ferry.Api.V1;
using Ferry.Runtime.Client;
using k8s;

namespace Ferry.Benchmarks.Operator;

/// <summary>
/// Follows every ExternalSecret's Ready condition and refreshTime through a list and a watch of its own, keeping
/// only a key, a flag and a time per object (an informer would cache whole objects in the process whose memory is
/// being measured).
/// </summary>
internal sealed class ReadyTracker : IAsyncDisposable
{
    private static readonly ResourceType ExternalSecrets = ResourceType.For<ExternalSecret>();

    private readonly IKubeClient _client;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (bool Ready, DateTimeOffset? RefreshTime)> _state = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private Task _watching = Task.CompletedTask;

    private ReadyTracker(IKubeClient client)
    {
        _client = client;
    }

    public static async Task<ReadyTracker> StartAsync(IKubeClient client)
    {
        var tracker = new ReadyTracker(client);
        var version = await tracker.ListAsync();
        tracker._watching = tracker.WatchAsync(version, tracker._stop.Token);
        return tracker;
    }

    public int ReadyCount
    {
        get
        {
            lock (_gate)
            {
                return _state.Values.Count(s => s.Ready);
            }
        }
    }

    public bool IsReady(string key)
    {
        lock (_gate)
        {
            return _state.TryGetValue(key, out var state) && state.Ready;
        }
    }

    public IReadOnlyDictionary<string, DateTimeOffset?> RefreshTimes()
    {
        lock (_gate)
        {
            return _state.ToDictionary(pair => pair.Key, pair => pair.Value.RefreshTime, StringComparer.Ordinal);
        }
    }

    /// <summary>How many of the given ExternalSecrets have a refreshTime later than the one given.</summary>
    public int RefreshedAfter(IReadOnlyDictionary<string, DateTimeOffset?> before)
    {
        lock (_gate)
        {
            return before.Count(pair => _state.TryGetValue(pair.Key, out var now) && now.RefreshTime > pair.Value);
        }
    }

    /// <summary>Waits (polling this in-memory state, no API calls) until the condition holds or the deadline passes.</summary>
    public async Task<bool> WaitAsync(Func<ReadyTracker, bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition(this))
        {
            if (DateTime.UtcNow > deadline || _watching.IsFaulted)
            {
                await (_watching.IsFaulted ? _watching : Task.CompletedTask);
                return false;
            }

            await Task.Delay(10);
        }

        return true;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _watching;
        }
        catch (OperationCanceledException)
        {
            // Stopped on purpose.
        }

        _stop.Dispose();
    }

    private async Task<string> ListAsync()
    {
        string? next = null;
        string version;
        do
        {
            var page = await _client.ListAsync<ExternalSecret>(ExternalSecrets, null, new ListOptions { Limit = 500, Continue = next }, CancellationToken.None);
            foreach (var item in page.Items)
            {
                Record(item);
            }

            version = page.ResourceVersion;
            next = page.Continue;
        }
        while (next is not null);
        return version;
    }

    private async Task WatchAsync(string version, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await foreach (var change in _client.WatchAsync<ExternalSecret>(
                    ExternalSecrets, null, new WatchOptions { ResourceVersion = version, AllowBookmarks = true, Timeout = TimeSpan.FromMinutes(30) }, cancellationToken))
                {
                    version = change.Object.Metadata?.ResourceVersion ?? version;
                    if (change.Type == WatchEventType.Deleted)
                    {
                        lock (_gate)
                        {
                            _state.Remove(Key(change.Object));
                        }
                    }
                    else if (change.Type is WatchEventType.Added or WatchEventType.Modified)
                    {
                        Record(change.Object);
                    }
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private void Record(ExternalSecret externalSecret)
    {
        var ready = externalSecret.Status?.Conditions?.Any(c => c.Type == ExternalSecretConditionType.Ready && c.Status == "True") == true;
        lock (_gate)
        {
            _state[Key(externalSecret)] = (ready, externalSecret.Status?.RefreshTime);
        }
    }

    public static string Key(ExternalSecret externalSecret) => $"{externalSecret.Metadata.NamespaceProperty}/{externalSecret.Metadata.Name}";
}
