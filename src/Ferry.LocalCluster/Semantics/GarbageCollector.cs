using System.Text.Json.Nodes;
using Ferry.LocalCluster.Storage;

namespace Ferry.LocalCluster.Semantics;

/// <summary>
/// ownerReferences garbage collection: dependents of a vanished owner go (or lose the dangling reference), the
/// <c>orphan</c> finalizer strips references first, <c>foregroundDeletion</c> waits for blocking dependents.
/// </summary>
internal sealed class GarbageCollector : IClusterHooks
{
    private readonly Queue<string> _pending = new();
    private readonly HashSet<string> _queued = new(StringComparer.Ordinal);

    public bool RunsInBackground => true;

    public bool HasWork => _pending.Count > 0;

    public void Written(ObjectService service, string groupResource, StoredObject stored, StoredObject? previous)
    {
        if (stored.IsTerminating)
        {
            var finalizers = JsonFields.Finalizers(stored.Value);
            if (finalizers.Contains(ObjectService.OrphanFinalizer) || finalizers.Contains(ObjectService.ForegroundFinalizer))
            {
                Enqueue(stored.Uid);
            }
        }

        if (previous is not null)
        {
            foreach (var owner in previous.OwnerUids)
            {
                Enqueue(owner);
            }
        }

        foreach (var owner in stored.OwnerUids)
        {
            if (service.Store.FindByUid(owner) is null)
            {
                Enqueue(owner);
            }
        }
    }

    public void Deleted(ObjectService service, string groupResource, StoredObject stored)
    {
        Enqueue(stored.Uid);
        foreach (var owner in stored.OwnerUids)
        {
            Enqueue(owner);
        }
    }

    public bool Reconcile(ObjectService service)
    {
        var worked = false;
        while (_pending.TryDequeue(out var uid))
        {
            _queued.Remove(uid);
            worked |= Process(service, uid);
        }

        return worked;
    }

    private static bool Process(ObjectService service, string uid)
    {
        var store = service.Store;
        var owner = store.FindByUid(uid);
        var dependents = store.DependentsOf(uid)
            .Select(at => (Type: service.TypeOf(at.GroupResource), Stored: store.Get(at.GroupResource, at.Namespace, at.Name)))
            .Where(d => d.Type is not null && d.Stored is not null)
            .ToList();
        if (owner is null)
        {
            foreach (var (type, dependent) in dependents)
            {
                var live = dependent!.OwnerUids.Where(o => store.FindByUid(o) is not null).ToList();
                if (live.Count == 0)
                {
                    if (!dependent.Metadata.ContainsKey("deletionTimestamp"))
                    {
                        service.DeleteLocked(type!, dependent.Namespace, dependent.Name, new DeleteOptions("Background", null, null, false));
                    }
                }
                else
                {
                    service.SystemUpdateLocked(type!, dependent, WithoutOwners(dependent, o => store.FindByUid(o) is null));
                }
            }

            return dependents.Count > 0;
        }

        if (!owner.Metadata.ContainsKey("deletionTimestamp"))
        {
            return false;
        }

        var ownerType = service.TypeOf(StoreTableOf(service, owner));
        if (ownerType is null)
        {
            return false;
        }

        var finalizers = JsonFields.Finalizers(owner.Value);
        if (finalizers.Contains(ObjectService.OrphanFinalizer))
        {
            foreach (var (type, dependent) in dependents)
            {
                service.SystemUpdateLocked(type!, dependent!, WithoutOwners(dependent!, o => o == uid));
            }

            RemoveFinalizer(service, ownerType, uid, ObjectService.OrphanFinalizer);
            return true;
        }

        if (finalizers.Contains(ObjectService.ForegroundFinalizer))
        {
            foreach (var (type, dependent) in dependents)
            {
                if (!dependent!.Metadata.ContainsKey("deletionTimestamp"))
                {
                    var policy = store.DependentsOf(dependent.Uid).Count > 0 ? "Foreground" : "Background";
                    service.DeleteLocked(type!, dependent.Namespace, dependent.Name, new DeleteOptions(policy, null, null, false));
                }
            }

            var blocking = store.DependentsOf(uid)
                .Select(at => store.Get(at.GroupResource, at.Namespace, at.Name))
                .Any(d => d is not null && Blocks(d, uid));
            if (!blocking)
            {
                RemoveFinalizer(service, ownerType, uid, ObjectService.ForegroundFinalizer);
                return true;
            }

            return dependents.Count > 0;
        }

        return false;
    }

    private static string StoreTableOf(ObjectService service, StoredObject owner) =>
        service.Registry.All.First(t =>
            string.Equals(t.ApiVersion, JsonFields.String(owner.Value, "apiVersion"), StringComparison.Ordinal)
            && string.Equals(t.Kind, JsonFields.String(owner.Value, "kind"), StringComparison.Ordinal)).GroupResource;

    private static void RemoveFinalizer(ObjectService service, Resources.ResourceType type, string uid, string finalizer)
    {
        var owner = service.Store.FindByUid(uid);
        if (owner is null)
        {
            return;
        }

        var value = owner.Copy();
        var finalizers = JsonFields.Finalizers(value);
        finalizers.Remove(finalizer);
        JsonFields.SetFinalizers(value, finalizers);
        service.SystemUpdateLocked(type, owner, value);
    }

    private static bool Blocks(StoredObject dependent, string ownerUid) =>
        JsonFields.Array(dependent.Metadata, "ownerReferences")?.Any(r =>
            string.Equals(JsonFields.String(r, "uid"), ownerUid, StringComparison.Ordinal) && JsonFields.Bool(r, "blockOwnerDeletion")) == true;

    private static JsonObject WithoutOwners(StoredObject dependent, Func<string, bool> drop)
    {
        var value = dependent.Copy();
        var metadata = JsonFields.Metadata(value);
        var kept = new JsonArray();
        foreach (var reference in JsonFields.Array(metadata, "ownerReferences") ?? [])
        {
            if (!drop(JsonFields.String(reference, "uid") ?? string.Empty))
            {
                kept.Add(reference!.DeepClone());
            }
        }

        if (kept.Count == 0)
        {
            metadata.Remove("ownerReferences");
        }
        else
        {
            metadata["ownerReferences"] = kept;
        }

        return value;
    }

    private void Enqueue(string uid)
    {
        if (uid.Length > 0 && _queued.Add(uid))
        {
            _pending.Enqueue(uid);
        }
    }
}
