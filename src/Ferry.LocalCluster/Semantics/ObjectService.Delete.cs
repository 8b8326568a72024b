using System.Globalization;
using System.Text.Json.Nodes;
using Ferry.LocalCluster.Http;
using Ferry.LocalCluster.Resources;
using Ferry.LocalCluster.Storage;

namespace Ferry.LocalCluster.Semantics;

/// <summary>Deletion: preconditions, propagation policies as finalizers, graceful deletion while finalizers remain.</summary>
internal sealed partial class ObjectService
{
    public const string OrphanFinalizer = "orphan";
    public const string ForegroundFinalizer = "foregroundDeletion";

    /// <summary>Deletes or starts deleting; returns the object and whether it is gone already.</summary>
    public (StoredObject Object, bool Deleted) Delete(ResourceType type, string ns, string name, DeleteOptions options)
    {
        lock (Store.Gate)
        {
            var result = DeleteLocked(type, ns, name, options);
            ReconcileLocked();
            return result;
        }
    }

    public List<StoredObject> DeleteCollection(ResourceType type, ListQuery query, DeleteOptions options)
    {
        lock (Store.Gate)
        {
            var deleted = new List<StoredObject>();
            foreach (var stored in Select(type, query).ToList())
            {
                deleted.Add(DeleteLocked(type, stored.Namespace, stored.Name, options).Object);
            }

            ReconcileLocked();
            return deleted;
        }
    }

    internal (StoredObject Object, bool Deleted) DeleteLocked(ResourceType type, string ns, string name, DeleteOptions options)
    {
        var existing = Store.Get(type.GroupResource, ns, name) ?? throw ApiErrors.NotFound(type, name);
        if (options.PreconditionUid is { Length: > 0 } uid && !string.Equals(uid, existing.Uid, StringComparison.Ordinal))
        {
            throw ApiErrors.Conflict(type, name, $"Precondition failed: UID in precondition: {uid}, UID in object meta: {existing.Uid}");
        }

        if (options.PreconditionResourceVersion is { Length: > 0 } rv
            && !string.Equals(rv, existing.ResourceVersion.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
        {
            throw ApiErrors.Conflict(type, name,
                $"Precondition failed: ResourceVersion in precondition: {rv}, ResourceVersion in object meta: {existing.ResourceVersion}");
        }

        if (type.Strategy is BuiltIn.NamespaceStrategy && name is "default" or "kube-system" or "kube-public")
        {
            throw ApiErrors.Forbidden(type, name, "this namespace may not be deleted");
        }

        var value = existing.Copy();
        var finalizers = JsonFields.Finalizers(value);
        var policy = options.PropagationPolicy;
        if (policy is not (null or "Orphan" or "Background" or "Foreground"))
        {
            throw ApiErrors.Invalid(type, name, [new FieldError(FieldErrorType.NotSupported, "propagationPolicy", "supported values: \"Foreground\", \"Background\", \"Orphan\", \"nil\"", JsonValue.Create(policy))]);
        }

        if (policy == "Orphan" || (policy is null && finalizers.Contains(OrphanFinalizer)))
        {
            finalizers.Remove(ForegroundFinalizer);
            AddOnce(finalizers, OrphanFinalizer);
        }
        else if (policy == "Foreground")
        {
            finalizers.Remove(OrphanFinalizer);
            AddOnce(finalizers, ForegroundFinalizer);
        }
        else if (policy == "Background")
        {
            finalizers.Remove(OrphanFinalizer);
            finalizers.Remove(ForegroundFinalizer);
        }

        JsonFields.SetFinalizers(value, finalizers);
        var metadata = JsonFields.Metadata(value);
        var terminating = type.Strategy is BuiltIn.NamespaceStrategy || !type.Strategy.ReadyToDelete(value);
        if (!terminating)
        {
            if (options.DryRun)
            {
                return (existing, true);
            }

            return (RemoveLocked(type, existing), true);
        }

        if (!metadata.ContainsKey("deletionTimestamp"))
        {
            metadata["deletionTimestamp"] = Now();
            metadata["deletionGracePeriodSeconds"] = 0;
            if (metadata["generation"] is JsonValue generation && generation.TryGetValue<long>(out var g) && g > 0)
            {
                metadata["generation"] = g + 1;
            }
        }

        if (type.Strategy is BuiltIn.NamespaceStrategy)
        {
            value["status"] = new JsonObject { ["phase"] = "Terminating" };
        }

        if (options.DryRun || JsonNode.DeepEquals(value, existing.Value))
        {
            return (existing, false);
        }

        var stored = Store.Write(type.GroupResource, value, existing);
        foreach (var hooks in _hooks)
        {
            hooks.Written(this, type.GroupResource, stored, existing);
        }

        return (stored, false);
    }

    /// <summary>Takes an object out of the store for good and tells the hooks (GC, CRDs).</summary>
    internal StoredObject RemoveLocked(ResourceType type, StoredObject existing)
    {
        var deleted = Store.Delete(type.GroupResource, existing);
        foreach (var hooks in _hooks)
        {
            hooks.Deleted(this, type.GroupResource, deleted);
        }

        return deleted;
    }

    /// <summary>Writes an object on behalf of a built-in controller (GC, namespace lifecycle), skipping API checks.</summary>
    internal bool SystemUpdateLocked(ResourceType type, StoredObject existing, JsonObject value)
    {
        if (JsonNode.DeepEquals(value, existing.Value))
        {
            return false;
        }

        var stored = Store.Write(type.GroupResource, value, existing);
        foreach (var hooks in _hooks)
        {
            hooks.Written(this, type.GroupResource, stored, existing);
        }

        if (stored.IsTerminating && type.Strategy.ReadyToDelete(stored.Value))
        {
            RemoveLocked(type, stored);
        }

        return true;
    }

    /// <summary>Runs the hooks that belong to the write itself, then wakes the controller loop when it has work.</summary>
    internal void ReconcileLocked()
    {
        RunHooksLocked(background: false);
        if (_backgroundWork is { } wake && _hooks.Any(h => h.RunsInBackground && h.HasWork))
        {
            wake();
        }
    }

    /// <summary>Tells the controller loop (when one runs) that garbage collection or namespace cleanup has work.</summary>
    public void OnBackgroundWork(Action wake) => _backgroundWork = wake;

    /// <summary>One pass of the controller manager: GC and namespace cleanup until nothing is left to do.</summary>
    public void RunControllers()
    {
        lock (Store.Gate)
        {
            RunHooksLocked(background: true);
        }
    }

    private void RunHooksLocked(bool background)
    {
        for (var round = 0; round < 10_000; round++)
        {
            var busy = false;
            foreach (var hooks in _hooks)
            {
                // The controller pass runs every hook, since its writes may need the write-time hooks too.
                if (background || !hooks.RunsInBackground)
                {
                    busy |= hooks.Reconcile(this);
                }
            }

            if (!busy)
            {
                return;
            }
        }
    }

    private static void AddOnce(List<string> finalizers, string finalizer)
    {
        if (!finalizers.Contains(finalizer))
        {
            finalizers.Add(finalizer);
        }
    }
}
