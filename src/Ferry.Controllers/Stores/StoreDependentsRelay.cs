using Ferry.Providers;

namespace Ferry.Controllers.Stores;

/// <summary>
/// Breaks the construction cycle between the store side (which notifies) and the consumers (which need the resolver
/// first): the notifier is built with the relay, and the consumers are attached once they exist. Any number of
/// consumers can listen (ExternalSecrets now, PushSecrets later); tests attach a recorder.
/// </summary>
public sealed class StoreDependentsRelay : IStoreDependents
{
    private volatile IStoreDependents[] _targets = [];

    public void Attach(IStoreDependents target)
    {
        ArgumentNullException.ThrowIfNull(target);
        _targets = [.. _targets, target];
    }

    public void StoreChanged(StoreIdentity store)
    {
        foreach (var target in _targets)
        {
            target.StoreChanged(store);
        }
    }
}
