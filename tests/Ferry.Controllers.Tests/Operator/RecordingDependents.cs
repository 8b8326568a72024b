using System.Collections.Concurrent;
using Ferry.Controllers.Stores;
using Ferry.Providers;

namespace Ferry.Controllers.Tests.Operator;

/// <summary>An <see cref="IStoreDependents"/> that remembers every store it was told about.</summary>
public sealed class RecordingDependents : IStoreDependents
{
    private readonly ConcurrentQueue<StoreIdentity> _changes = new();

    public IReadOnlyList<StoreIdentity> Changes => [.. _changes];

    public void StoreChanged(StoreIdentity store) => _changes.Enqueue(store);

    public int CountFor(string name) => _changes.Count(c => c.Name == name);
}
