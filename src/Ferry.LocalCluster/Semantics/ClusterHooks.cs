using Ferry.LocalCluster.Storage;

namespace Ferry.LocalCluster.Semantics;

/// <summary>What other parts of the server do when objects they care about change (CRD registration and the like).</summary>
internal interface IClusterHooks
{
    void Written(ObjectService service, string groupResource, StoredObject stored, StoredObject? previous);

    void Deleted(ObjectService service, string groupResource, StoredObject stored);

    /// <summary>Runs after each write until nothing is left to do: GC, namespace and CRD cleanup.</summary>
    bool Reconcile(ObjectService service);
}
