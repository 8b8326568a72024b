using System.Globalization;
using System.Text.Json.Nodes;
using Ferry.LocalCluster.Resources;

namespace Ferry.LocalCluster.Discovery;

/// <summary>
/// A small /openapi/v3: each PATCH operation declares <c>fieldValidation</c>, which makes kubectl leave unknown-field
/// checks to the server; custom resources carry their schema so <c>kubectl explain</c> works on them.
/// </summary>
internal static class OpenApiDocuments
{
    public static JsonObject Root(ResourceRegistry registry)
    {
        var paths = new JsonObject();
        var hash = registry.Generation.ToString("x8", CultureInfo.InvariantCulture);
        foreach (var (group, versions) in registry.Groups())
        {
            foreach (var version in versions)
            {
                var key = group.Length == 0 ? "api/" + version : $"apis/{group}/{version}";
                paths[key] = new JsonObject { ["serverRelativeURL"] = $"/openapi/v3/{key}?hash={hash}{GroupHash(registry, group, version)}" };
            }
        }

        return new JsonObject { ["paths"] = paths };
    }

    public static JsonObject? GroupVersion(ResourceRegistry registry, string group, string version)
    {
        var types = registry.InGroupVersion(group, version).ToList();
        if (types.Count == 0)
        {
            return null;
        }

        var paths = new JsonObject();
        var schemas = new JsonObject();
        foreach (var type in types.Where(t => t.Supports("patch")))
        {
            var prefix = group.Length == 0 ? "/api/" + version : $"/apis/{group}/{version}";
            var path = type.Namespaced ? $"{prefix}/namespaces/{{namespace}}/{type.Plural}/{{name}}" : $"{prefix}/{type.Plural}/{{name}}";
            paths[path] = new JsonObject
            {
                ["patch"] = new JsonObject
                {
                    ["operationId"] = "patch" + type.Kind,
                    ["parameters"] = new JsonArray(
                        Query("dryRun"), Query("fieldManager"), Query("fieldValidation"), Query("force")),
                    ["responses"] = new JsonObject { ["200"] = new JsonObject { ["description"] = "OK" } },
                    ["x-kubernetes-action"] = "patch",
                    ["x-kubernetes-group-version-kind"] = new JsonObject { ["group"] = group, ["version"] = version, ["kind"] = type.Kind },
                },
            };
            if (type.Schema is { } schema)
            {
                var published = schema.DeepClone().AsObject();
                published["x-kubernetes-group-version-kind"] = new JsonArray(new JsonObject { ["group"] = group, ["kind"] = type.Kind, ["version"] = version });
                schemas[SchemaName(type)] = published;
            }
        }

        return new JsonObject
        {
            ["openapi"] = "3.0.0",
            ["info"] = new JsonObject { ["title"] = "Kubernetes", ["version"] = "v1.32.0" },
            ["paths"] = paths,
            ["components"] = new JsonObject { ["schemas"] = schemas },
        };
    }

    private static string GroupHash(ResourceRegistry registry, string group, string version) =>
        registry.InGroupVersion(group, version).Count().ToString("x2", CultureInfo.InvariantCulture);

    private static string SchemaName(ResourceType type)
    {
        var reversed = string.Join(".", type.Group.Split('.').Reverse());
        return $"{reversed}.{type.Version}.{type.Kind}";
    }

    private static JsonObject Query(string name) => new()
    {
        ["name"] = name,
        ["in"] = "query",
        ["schema"] = new JsonObject { ["type"] = name == "force" ? "boolean" : "string", ["uniqueItems"] = true },
    };
}
