namespace Ferry.Runtime.Cache;

/// <summary>A change the informer saw; <see cref="Old"/> is set for updates.</summary>
public sealed record InformerEvent<T>(InformerEventType Type, T Object, T? Old = null)
    where T : class
{
    /// <summary>
    /// True for the Added events of the informer's first list: the object existed before this process started
    /// following it, so nothing about it changed just now (controllers queue these behind real changes).
    /// </summary>
    public bool IsInitialList { get; init; }
}
