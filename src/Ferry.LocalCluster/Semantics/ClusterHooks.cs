using Ferry.LocalCluster.Storage;

namespace Ferry.LocalCluster.Semantics;

/// <summary>What other parts of the server do when objects they care about change (CRD registration and the like).</summary>
internal interface IClusterHooks
{
    void Written(ObjectService service, string groupResource, StoredObject stored, StoredObject? previous);

    void Deleted(ObjectService service, string groupResource, StoredObject stored);

    /// <summary>Runs until nothing is left to do: GC, namespace and CRD cleanup.</summary>
    bool Reconcile(ObjectService service);

    /// <summary>
    /// Whether <see cref="Reconcile"/> runs in the controller loop after the API call has returned (GC, namespace
    /// cleanup) rather than at the end of the write itself (CRD registration).
    /// </summary>
    bool RunsInBackground { get; }

    /// <summary>Whether <see cref="Reconcile"/> has anything to do (so writes wake the controller loop only then).</summary>
    bool HasWork { get; }
}
