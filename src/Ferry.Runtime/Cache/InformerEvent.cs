namespace Ferry.Runtime.Cache;

/// <summary>A change the informer saw; <see cref="Old"/> is set for updates.</summary>
public sealed record InformerEvent<T>(InformerEventType Type, T Object, T? Old = null)
    where T : class;
