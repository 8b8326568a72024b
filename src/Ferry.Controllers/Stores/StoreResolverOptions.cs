namespace Ferry.Controllers.Stores;

public sealed record StoreResolverOptions
{
    /// <summary>ESO's --controller-class: stores whose spec.controller is set to another class are not used.</summary>
    public string ControllerClass { get; init; } = "default";

    /// <summary>ESO's --enable-flood-gate: no sync goes through a store whose Ready condition is not True.</summary>
    public bool EnableFloodGate { get; init; } = true;

    /// <summary>ESO's --enable-cluster-store-reconciler: when false, ClusterSecretStores are not used at all.</summary>
    public bool EnableClusterStores { get; init; } = true;
}
