using Ferry.Providers;

namespace Ferry.Controllers.Stores;

/// <summary>
/// Tells the consumers of a store that it changed (spec, Ready condition, deletion), so every dependent is
/// re-enqueued at once rather than at its next refresh as ESO does. The ExternalSecrets folder implements it over
/// an index of its cache by store reference.
/// </summary>
public interface IStoreDependents
{
    void StoreChanged(StoreIdentity store);
}
