using System.Text.Json.Nodes;
using Ferry.LocalCluster.Crds;
using Ferry.LocalCluster.Resources;
using Ferry.LocalCluster.Semantics;
using Ferry.LocalCluster.Storage;

namespace Ferry.LocalCluster;

/// <summary>Builds the in-memory cluster (store, resources, controllers, default namespaces) without any HTTP.</summary>
internal static class ClusterState
{
    public static ObjectService Create(TimeProvider time, string caPem, int historySize)
    {
        var store = new ClusterStore(historySize);
        var schemas = new StructuralSchemaFactory();
        var registry = new ResourceRegistry(BuiltInResources.Create(new CrdStrategy(schemas)));
        var service = new ObjectService(store, registry, time);
        service.AddHooks(new CrdRegistrar(schemas));
        service.AddHooks(new NamespaceLifecycle(caPem));
        service.AddHooks(new GarbageCollector());
        var namespaces = service.BuiltIn(string.Empty, "namespaces");
        foreach (var name in new[] { "default", "kube-system", "kube-public", "kube-node-lease" })
        {
            var value = new JsonObject { ["apiVersion"] = "v1", ["kind"] = "Namespace", ["metadata"] = new JsonObject { ["name"] = name } };
            service.Create(namespaces, string.Empty, value, new WriteOptions { FieldManager = "kube-apiserver" });
        }

        return service;
    }
}
