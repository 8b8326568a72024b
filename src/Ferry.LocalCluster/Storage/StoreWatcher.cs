using System.Threading.Channels;

namespace Ferry.LocalCluster.Storage;

/// <summary>
/// One open watch. The store offers every event under its lock, so messages arrive in resourceVersion order and a
/// bookmark never overtakes an event.
/// </summary>
internal sealed class StoreWatcher
{
    private readonly Channel<WatchMessage> _messages =
        Channel.CreateUnbounded<WatchMessage>(new UnboundedChannelOptions { SingleReader = true });

    public StoreWatcher(string groupResource, WatchFilter filter)
    {
        GroupResource = groupResource;
        Filter = filter;
    }

    public string GroupResource { get; }

    public WatchFilter Filter { get; }

    public ChannelReader<WatchMessage> Messages => _messages.Reader;

    /// <summary>Delivers an event, turning a selector transition into the ADDED or DELETED a client expects.</summary>
    public void Offer(StoreEvent change)
    {
        var now = Filter.Accepts(change.Object);
        var before = change.Previous is not null && Filter.Accepts(change.Previous);
        var type = change.Type;
        if (type == WatchEventType.Modified)
        {
            if (now && !before)
            {
                type = WatchEventType.Added;
            }
            else if (!now && before)
            {
                type = WatchEventType.Deleted;
            }
            else if (!now)
            {
                return;
            }
        }
        else if (!now)
        {
            return;
        }

        _messages.Writer.TryWrite(new WatchMessage(type, change.Object, change.ResourceVersion));
    }

    public void Send(WatchMessage message) => _messages.Writer.TryWrite(message);

    public void Complete() => _messages.Writer.TryComplete();
}
