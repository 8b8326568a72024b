using System.Text.Json;
using System.Text.Json.Nodes;
using Ferry.Testing;
using k8s;
using k8s.Models;

namespace Ferry.Conformance.Tests.Kubernetes;

/// <summary>A small CRD (example.com/v1 Widget) with defaults, an enum, a status subresource and a CEL rule.</summary>
internal static class Widgets
{
    public const string Group = "example.com";
    public const string Plural = "widgets";

    public const string Crd = """
        {
          "apiVersion": "apiextensions.k8s.io/v1",
          "kind": "CustomResourceDefinition",
          "metadata": {"name": "widgets.example.com"},
          "spec": {
            "group": "example.com",
            "names": {"kind": "Widget", "plural": "widgets", "singular": "widget", "shortNames": ["wd"]},
            "scope": "Namespaced",
            "versions": [{
              "name": "v1", "served": true, "storage": true,
              "subresources": {"status": {}},
              "schema": {"openAPIV3Schema": {
                "type": "object",
                "properties": {
                  "spec": {
                    "type": "object",
                    "x-kubernetes-validations": [{"rule": "self.size <= 10", "message": "size must be at most 10"}],
                    "properties": {
                      "size": {"type": "integer", "default": 3},
                      "color": {"type": "string", "enum": ["red", "blue"]},
                      "tags": {"type": "array", "items": {"type": "string"}, "x-kubernetes-list-type": "set"}
                    }
                  },
                  "status": {"type": "object", "properties": {"ready": {"type": "boolean"}}}
                }
              }}
            }]
          }
        }
        """;

    public static async Task EnsureAsync(k8s.Kubernetes client)
    {
        var crd = KubernetesJson.Deserialize<V1CustomResourceDefinition>(Crd);
        try
        {
            await client.ApiextensionsV1.CreateCustomResourceDefinitionAsync(crd);
        }
        catch (k8s.Autorest.HttpOperationException error) when (error.Response.StatusCode == System.Net.HttpStatusCode.Conflict)
        {
            return;
        }

        await Eventually.UntilAsync(
            () => client.ApiextensionsV1.ReadCustomResourceDefinitionAsync("widgets.example.com"),
            read => read.Status?.Conditions?.Any(c => c.Type == "Established" && c.Status == "True") == true);
    }

    public static JsonObject Widget(string name, string spec) =>
        JsonNode.Parse($$"""{"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"{{name}}"},"spec":{{spec}}}""")!.AsObject();

    public static JsonObject AsJson(object response) =>
        JsonNode.Parse(JsonSerializer.Serialize(response))!.AsObject();
}
