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

    private static bool Drain(ObjectService service, string ns)
    {
        var remaining = 0;
        var worked = false;
        var tables = service.Registry.All.Where(t => t.Namespaced).GroupBy(t => t.GroupResource).Select(g => g.First());
        foreach (var type in tables)
        {
            foreach (var stored in service.Store.Table(type.GroupResource).Scan(ns, null, null).ToList())
            {
                remaining++;
                if (!stored.Metadata.ContainsKey("deletionTimestamp"))
                {
                    service.DeleteLocked(type, ns, stored.Name, new DeleteOptions("Background", null, null, false));
                    worked = true;
                }
            }
        }

        if (remaining > 0 && worked)
        {
            return true;
        }

        var namespaceType = service.BuiltIn(string.Empty, "namespaces");
        var existing = service.Store.Get("namespaces", string.Empty, ns);
        if (remaining > 0 || existing is null)
        {
            return false;
        }

        var value = existing.Copy();
        var spec = JsonFields.Object(value, "spec");
        if (spec?["finalizers"] is JsonArray finalizers)
        {
            var kept = JsonFields.Strings(finalizers).Where(f => f != NamespaceStrategy.Finalizer).ToList();
            spec["finalizers"] = new JsonArray([.. kept.Select(k => (JsonNode)k)]);
        }

        return service.SystemUpdateLocked(namespaceType, existing, value);
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
