using System.Text.Json.Nodes;
using Ferry.LocalCluster.Resources;
using Ferry.LocalCluster.Semantics;
using Ferry.LocalCluster.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Ferry.LocalCluster.Tests.Semantics;

/// <summary>The cluster's semantics without HTTP: a fresh store per test, driven through <see cref="ObjectService"/>.</summary>
internal sealed class TestCluster
{
    public TestCluster(int historySize = 1000)
    {
        Service = ClusterState.Create(Time, "CA", historySize);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));

    public ObjectService Service { get; }

    public ResourceType Secrets => Service.BuiltIn(string.Empty, "secrets");

    public ResourceType ConfigMaps => Service.BuiltIn(string.Empty, "configmaps");

    public ResourceType Namespaces => Service.BuiltIn(string.Empty, "namespaces");

    public StoredObject Create(ResourceType type, string ns, string json, WriteOptions? options = null) =>
        Service.Create(type, ns, JsonNode.Parse(json)!.AsObject(), options ?? new WriteOptions());

    public StoredObject? Find(ResourceType type, string ns, string name)
    {
        lock (Service.Store.Gate)
        {
            return Service.Store.Get(type.GroupResource, ns, name);
        }
    }

    public ResourceType Widgets(string schemaProperties = """{"spec":{"type":"object","properties":{"size":{"type":"integer","default":1}}},"status":{"type":"object","x-kubernetes-preserve-unknown-fields":true}}""")
    {
        var crd = """
            {"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition","metadata":{"name":"widgets.example.com"},
             "spec":{"group":"example.com","scope":"Namespaced","names":{"kind":"Widget","plural":"widgets"},
              "versions":[{"name":"v1","served":true,"storage":true,"subresources":{"status":{}},
                "schema":{"openAPIV3Schema":{"type":"object","properties":
            """ + schemaProperties + "}}}]}}";
        Create(Service.BuiltIn("apiextensions.k8s.io", "customresourcedefinitions"), string.Empty, crd);
        return Service.Registry.Find("example.com", "v1", "widgets")!;
    }
}
