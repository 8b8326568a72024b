using System.Text.Json.Nodes;
using Ferry.LocalCluster.Resources;

namespace Ferry.LocalCluster.Discovery;

/// <summary>The discovery documents: /api, /apis, /apis/{group}, per group-version lists, and aggregated discovery.</summary>
internal static class DiscoveryDocuments
{
    public const string AggregatedV2 = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList";
    public const string AggregatedV2Beta1 = "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList";

    public static JsonObject Version() => new()
    {
        ["major"] = "1",
        ["minor"] = "32",
        ["gitVersion"] = "v1.32.0-ferry",
        ["gitCommit"] = "ferry",
        ["gitTreeState"] = "clean",
        ["buildDate"] = "2026-01-01T00:00:00Z",
        ["goVersion"] = "go1.23.0",
        ["compiler"] = "gc",
        ["platform"] = "linux/amd64",
    };

    public static JsonObject LegacyVersions(string serverAddress) => new()
    {
        ["kind"] = "APIVersions",
        ["versions"] = new JsonArray("v1"),
        ["serverAddressByClientCIDRs"] = new JsonArray(new JsonObject { ["clientCIDR"] = "0.0.0.0/0", ["serverAddress"] = serverAddress }),
    };

    public static JsonObject GroupList(ResourceRegistry registry)
    {
        var groups = new JsonArray();
        foreach (var (group, versions) in registry.Groups())
        {
            if (group.Length > 0)
            {
                groups.Add(Group(group, versions));
            }
        }

        return new JsonObject { ["kind"] = "APIGroupList", ["apiVersion"] = "v1", ["groups"] = groups };
    }

    public static JsonObject? Group(ResourceRegistry registry, string group)
    {
        var match = registry.Groups().FirstOrDefault(g => g.Group == group);
        if (match.Group is null || group.Length == 0)
        {
            return null;
        }

        var result = Group(group, match.Versions);
        result["kind"] = "APIGroup";
        result["apiVersion"] = "v1";
        return result;
    }

    public static JsonObject? ResourceList(ResourceRegistry registry, string group, string version)
    {
        var types = registry.InGroupVersion(group, version).ToList();
        if (types.Count == 0)
        {
            return null;
        }

        var resources = new JsonArray();
        foreach (var type in types)
        {
            var resource = new JsonObject
            {
                ["name"] = type.Plural,
                ["singularName"] = type.Singular,
                ["namespaced"] = type.Namespaced,
                ["kind"] = type.Kind,
                ["verbs"] = Strings(type.Verbs),
            };
            if (type.ShortNames.Count > 0)
            {
                resource["shortNames"] = Strings(type.ShortNames);
            }

            if (type.Categories.Count > 0)
            {
                resource["categories"] = Strings(type.Categories);
            }

            resources.Add(resource);
            foreach (var sub in type.Subresources)
            {
                var (subGroup, subVersion, subKind, verbs) = Subresource(type, sub);
                var entry = new JsonObject
                {
                    ["name"] = type.Plural + "/" + sub,
                    ["singularName"] = string.Empty,
                    ["namespaced"] = type.Namespaced,
                };
                if (subGroup != type.Group || subVersion != type.Version)
                {
                    entry["group"] = subGroup;
                    entry["version"] = subVersion;
                }

                entry["kind"] = subKind;
                entry["verbs"] = Strings(verbs);
                resources.Add(entry);
            }
        }

        return new JsonObject
        {
            ["kind"] = "APIResourceList",
            ["apiVersion"] = "v1",
            ["groupVersion"] = group.Length == 0 ? version : group + "/" + version,
            ["resources"] = resources,
        };
    }

    /// <summary>The aggregated form (apidiscovery.k8s.io), for /api (legacy) or /apis (groups).</summary>
    public static JsonObject Aggregated(ResourceRegistry registry, bool legacy, string apiVersion)
    {
        var items = new JsonArray();
        foreach (var (group, versions) in registry.Groups())
        {
            if ((group.Length == 0) != legacy)
            {
                continue;
            }

            var versionList = new JsonArray();
            foreach (var version in versions)
            {
                var resources = new JsonArray();
                foreach (var type in registry.InGroupVersion(group, version))
                {
                    resources.Add(AggregatedResource(type));
                }

                versionList.Add(new JsonObject { ["version"] = version, ["resources"] = resources, ["freshness"] = "Current" });
            }

            var metadata = new JsonObject { ["creationTimestamp"] = null };
            if (!legacy)
            {
                metadata["name"] = group;
            }

            items.Add(new JsonObject { ["metadata"] = metadata, ["versions"] = versionList });
        }

        return new JsonObject
        {
            ["kind"] = "APIGroupDiscoveryList",
            ["apiVersion"] = apiVersion,
            ["metadata"] = new JsonObject(),
            ["items"] = items,
        };
    }

    private static JsonObject AggregatedResource(ResourceType type)
    {
        var resource = new JsonObject
        {
            ["resource"] = type.Plural,
            ["responseKind"] = Kind(type.Group, type.Version, type.Kind),
            ["scope"] = type.Namespaced ? "Namespaced" : "Cluster",
            ["singularResource"] = type.Singular,
            ["verbs"] = Strings(type.Verbs),
        };
        if (type.ShortNames.Count > 0)
        {
            resource["shortNames"] = Strings(type.ShortNames);
        }

        if (type.Categories.Count > 0)
        {
            resource["categories"] = Strings(type.Categories);
        }

        if (type.Subresources.Count > 0)
        {
            var subresources = new JsonArray();
            foreach (var sub in type.Subresources)
            {
                var (group, version, kind, verbs) = Subresource(type, sub);
                subresources.Add(new JsonObject
                {
                    ["subresource"] = sub,
                    ["responseKind"] = Kind(group, version, kind),
                    ["verbs"] = Strings(verbs),
                });
            }

            resource["subresources"] = subresources;
        }

        return resource;
    }

    private static (string Group, string Version, string Kind, string[] Verbs) Subresource(ResourceType type, string sub) => sub switch
    {
        "token" => ("authentication.k8s.io", "v1", "TokenRequest", ["create"]),
        "finalize" => (type.Group, type.Version, type.Kind, ["update"]),
        _ => (type.Group, type.Version, type.Kind, ["get", "patch", "update"]),
    };

    private static JsonObject Group(string group, IReadOnlyList<string> versions)
    {
        var list = new JsonArray();
        foreach (var version in versions)
        {
            list.Add(new JsonObject { ["groupVersion"] = group + "/" + version, ["version"] = version });
        }

        return new JsonObject
        {
            ["name"] = group,
            ["versions"] = list,
            ["preferredVersion"] = new JsonObject { ["groupVersion"] = group + "/" + versions[0], ["version"] = versions[0] },
        };
    }

    private static JsonObject Kind(string group, string version, string kind) =>
        new() { ["group"] = group, ["version"] = version, ["kind"] = kind };

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)v)]);
}
