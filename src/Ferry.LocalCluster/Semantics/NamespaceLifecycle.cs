using System.Text.Json.Nodes;
using Ferry.LocalCluster.Semantics.BuiltIn;
using Ferry.LocalCluster.Storage;

namespace Ferry.LocalCluster.Semantics;

/// <summary>
/// What kube-controller-manager does for namespaces: a new namespace gets its <c>default</c> ServiceAccount and
/// <c>kube-root-ca.crt</c> ConfigMap; a terminating one is emptied and then released.
/// </summary>
internal sealed class NamespaceLifecycle : IClusterHooks
{
    private readonly string _caPem;
    private readonly HashSet<string> _terminating = new(StringComparer.Ordinal);

    public NamespaceLifecycle(string caPem)
    {
        _caPem = caPem;
    }

    public void Written(ObjectService service, string groupResource, StoredObject stored, StoredObject? previous)
    {
        if (groupResource != "namespaces")
        {
            return;
        }

        if (stored.Metadata.ContainsKey("deletionTimestamp"))
        {
            _terminating.Add(stored.Name);
            return;
        }

        if (previous is null)
        {
            Populate(service, stored.Name);
        }
    }

    public void Deleted(ObjectService service, string groupResource, StoredObject stored)
    {
        if (groupResource == "namespaces")
        {
            _terminating.Remove(stored.Name);
        }
    }

    public bool RunsInBackground => true;

    public bool HasWork => _terminating.Count > 0;

    public bool Reconcile(ObjectService service)
    {
        if (_terminating.Count == 0)
        {
            return false;
        }

        var worked = false;
        foreach (var ns in _terminating.ToList())
        {
            worked |= Drain(service, ns);
        }

        return worked;
    }

    /// <summary>
    /// One pass of the namespace controller: delete what is left, report what remains in the namespace's status
    /// conditions (as kube-controller-manager does), and release the <c>kubernetes</c> finalizer once it is empty.
    /// </summary>
    private static bool Drain(ObjectService service, string ns)
    {
        var worked = false;
        var tables = service.Registry.All.Where(t => t.Namespaced).GroupBy(t => t.GroupResource).Select(g => g.First()).ToList();
        foreach (var type in tables)
        {
            foreach (var stored in service.Store.Table(type.GroupResource).Scan(ns, null, null).ToList())
            {
                if (!stored.IsTerminating)
                {
                    service.DeleteLocked(type, ns, stored.Name, new DeleteOptions("Background", null, null, false));
                    worked = true;
                }
            }
        }

        var remaining = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var finalizers = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var type in tables)
        {
            foreach (var stored in service.Store.Table(type.GroupResource).Scan(ns, null, null))
            {
                remaining[type.GroupResource] = remaining.GetValueOrDefault(type.GroupResource) + 1;
                foreach (var finalizer in JsonFields.Finalizers(stored.Value))
                {
                    finalizers[finalizer] = finalizers.GetValueOrDefault(finalizer) + 1;
                }
            }
        }

        var namespaceType = service.BuiltIn(string.Empty, "namespaces");
        var existing = service.Store.Get("namespaces", string.Empty, ns);
        if (existing is null)
        {
            return worked;
        }

        var value = existing.Copy();
        var status = JsonFields.Object(value, "status") ?? [];
        status["phase"] = "Terminating";
        status["conditions"] = Conditions(JsonFields.Array(status, "conditions"), remaining, finalizers, service.Now());
        value["status"] = status;
        if (remaining.Count == 0)
        {
            var spec = JsonFields.Object(value, "spec");
            if (spec?["finalizers"] is JsonArray specFinalizers)
            {
                var kept = JsonFields.Strings(specFinalizers).Where(f => f != NamespaceStrategy.Finalizer).ToList();
                spec["finalizers"] = new JsonArray([.. kept.Select(k => (JsonNode)k)]);
            }
        }

        return service.SystemUpdateLocked(namespaceType, existing, value) | worked;
    }

    private static JsonArray Conditions(
        JsonArray? previous, SortedDictionary<string, int> remaining, SortedDictionary<string, int> finalizers, string now)
    {
        var conditions = new JsonArray
        {
            Condition(previous, now, "NamespaceDeletionDiscoveryFailure", false, "ResourcesDiscovered", "All resources successfully discovered"),
            Condition(previous, now, "NamespaceDeletionGroupVersionParsingFailure", false, "ParsedGroupVersions", "All legacy kube types successfully parsed"),
            Condition(previous, now, "NamespaceDeletionContentFailure", false, "ContentDeleted", "All content successfully deleted, may be waiting on finalization"),
            remaining.Count > 0
                ? Condition(previous, now, "NamespaceContentRemaining", true, "SomeResourcesRemain",
                    "Some resources are remaining: " + string.Join(", ", remaining.Select(r => $"{r.Key} has {r.Value} resource instances")))
                : Condition(previous, now, "NamespaceContentRemaining", false, "ContentRemoved", "All content successfully removed"),
            finalizers.Count > 0
                ? Condition(previous, now, "NamespaceFinalizersRemaining", true, "SomeFinalizersRemain",
                    "Some content in the namespace has finalizers remaining: " + string.Join(", ", finalizers.Select(f => $"{f.Key} in {f.Value} resource instances")))
                : Condition(previous, now, "NamespaceFinalizersRemaining", false, "ContentHasNoFinalizers", "All content-preserving finalizers finished"),
        };
        return conditions;
    }

    /// <summary>A condition whose lastTransitionTime moves only when its status does.</summary>
    private static JsonObject Condition(JsonArray? previous, string now, string type, bool status, string reason, string message)
    {
        var text = status ? "True" : "False";
        var before = previous?.OfType<JsonObject>().FirstOrDefault(c => JsonFields.String(c, "type") == type);
        var since = before is not null && JsonFields.String(before, "status") == text ? JsonFields.String(before, "lastTransitionTime") ?? now : now;
        return new JsonObject
        {
            ["type"] = type,
            ["status"] = text,
            ["lastTransitionTime"] = since,
            ["reason"] = reason,
            ["message"] = message,
        };
    }

    private void Populate(ObjectService service, string ns)
    {
        var options = new WriteOptions { FieldManager = "kube-controller-manager" };
        var account = new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "ServiceAccount",
            ["metadata"] = new JsonObject { ["name"] = "default", ["namespace"] = ns },
        };
        service.CreateLocked(service.BuiltIn(string.Empty, "serviceaccounts"), ns, account, options);
        var rootCa = new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "ConfigMap",
            ["metadata"] = new JsonObject { ["name"] = "kube-root-ca.crt", ["namespace"] = ns },
            ["data"] = new JsonObject { ["ca.crt"] = _caPem },
        };
        service.CreateLocked(service.BuiltIn(string.Empty, "configmaps"), ns, rootCa, options);
    }
}
