namespace Ferry.Controllers.SecretStores;

public sealed record StoreReconcilerOptions
{
    /// <summary>ESO's --controller-class: stores whose spec.controller names another class are left alone.</summary>
    public string ControllerClass { get; init; } = "default";

    /// <summary>ESO's --store-requeue-interval: how often a store is re-validated when its spec sets no refreshInterval.</summary>
    public TimeSpan RequeueInterval { get; init; } = TimeSpan.FromMinutes(5);
}
