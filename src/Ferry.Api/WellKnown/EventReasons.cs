namespace Ferry.Api.WellKnown;

/// <summary>Kubernetes event reasons ESO emits (store and PushSecret events reuse their condition reasons).</summary>
public static class EventReasons
{
    public const string Created = "Created";

    public const string Updated = "Updated";

    public const string Deleted = "Deleted";

    public const string MissingProviderSecret = "MissingProviderSecret";

    /// <summary>Warning; the message is the error text.</summary>
    public const string UpdateFailed = "UpdateFailed";
}
