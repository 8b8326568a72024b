namespace Ferry.Runtime.Cache;

public enum InformerEventType
{
    Added,
    Updated,
    Deleted,

    /// <summary>No change: the periodic resync replays every cached object.</summary>
    Resync,
}
