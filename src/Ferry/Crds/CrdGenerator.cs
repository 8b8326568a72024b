using System.ComponentModel;
using System.Reflection;
using System.Text.Json.Nodes;
using Ferry.Api;
using Ferry.Api.Schema;
using k8s.Models;

namespace Ferry.Crds;

/// <summary>
/// Builds apiextensions.k8s.io/v1 CustomResourceDefinitions from the API types: one CRD per group and kind, one
/// version per C# type of that kind, plus the unserved versions the kind lists. Output is deterministic: CRDs are
/// ordered by file name and every object's keys are sorted.
/// </summary>
internal static class CrdGenerator
{
    /// <summary>The label ESO puts on every CRD; tools that select ESO's CRDs by it keep finding Ferry's.</summary>
    public const string ComponentLabel = "external-secrets.io/component";

    /// <summary>The CRDs of every kind Ferry serves.</summary>
    public static IReadOnlyList<JsonObject> GenerateAll() => Generate(ApiKinds.All.Select(kind => kind.ClrType));

    public static IReadOnlyList<JsonObject> Generate(IEnumerable<Type> kinds) =>
        [.. kinds.Select(type => (Type: type, Entity: Entity(type)))
            .GroupBy(kind => (kind.Entity.Group, kind.Entity.Kind))
            .Select(group => Crd([.. group.Select(kind => kind.Type)]))
            .OrderBy(FileName, StringComparer.Ordinal)];

    /// <summary>The file ESO keeps this CRD in: <c>&lt;group&gt;_&lt;plural&gt;.yaml</c>.</summary>
    public static string FileName(JsonObject crd) =>
        $"{crd["spec"]!["group"]!.GetValue<string>()}_{crd["spec"]!["names"]!["plural"]!.GetValue<string>()}.yaml";

    private static JsonObject Crd(IReadOnlyList<Type> versionTypes)
    {
        var first = versionTypes[0];
        var entity = Entity(first);
        var resource = Resource(first);
        var served = versionTypes.Select(type => (Type: type, Version: Version(type))).ToList();
        var versions = served.Select(s => s.Version).ToList();
        var listed = versions.Select(v => v["name"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        foreach (var (type, version) in served)
        {
            foreach (var unserved in type.GetCustomAttributes<UnservedVersionAttribute>().Where(u => listed.Add(u.Name)))
            {
                versions.Add(UnservedVersion(unserved, version));
            }
        }

        if (versions.Count(v => v["storage"]!.GetValue<bool>()) != 1)
        {
            throw new NotSupportedException($"{entity.Kind}: exactly one version must be the storage version.");
        }

        var crd = new JsonObject
        {
            ["apiVersion"] = "apiextensions.k8s.io/v1",
            ["kind"] = "CustomResourceDefinition",
            ["metadata"] = new JsonObject
            {
                ["name"] = $"{entity.PluralName}.{entity.Group}",
                ["labels"] = new JsonObject { [ComponentLabel] = "controller" },
            },
            ["spec"] = new JsonObject
            {
                ["group"] = entity.Group,
                ["names"] = Names(entity, resource),
                ["scope"] = resource.Scope.ToString(),
                ["versions"] = new JsonArray([.. versions.OrderBy(v => v["name"]!.GetValue<string>(), StringComparer.Ordinal)]),
            },
        };
        return (JsonObject)JsonKeyOrder.Sorted(crd)!;
    }

    private static JsonObject Names(KubernetesEntityAttribute entity, CustomResourceAttribute resource)
    {
        var names = new JsonObject
        {
            ["kind"] = entity.Kind,
            ["listKind"] = entity.Kind + "List",
            ["plural"] = entity.PluralName,
            ["singular"] = entity.Kind.ToLowerInvariant(),
        };
        if (resource.ShortNames.Length > 0)
        {
            names["shortNames"] = Strings(resource.ShortNames);
        }

        if (resource.Categories.Length > 0)
        {
            names["categories"] = Strings(resource.Categories);
        }

        return names;
    }

    private static JsonObject Version(Type type)
    {
        var entity = Entity(type);
        var resource = Resource(type);
        var version = new JsonObject
        {
            ["name"] = VersionName(entity),
            ["served"] = true,
            ["storage"] = resource.Storage,
            ["schema"] = new JsonObject { ["openAPIV3Schema"] = RootSchema(type) },
        };
        var columns = type.GetCustomAttributes<PrinterColumnAttribute>().OrderBy(c => c.Order).Select(PrinterColumn).ToList();
        if (columns.Count > 0)
        {
            version["additionalPrinterColumns"] = new JsonArray([.. columns]);
        }

        var selectable = type.GetCustomAttributes<SelectableFieldAttribute>().OrderBy(f => f.Order)
            .Select(f => (JsonNode)new JsonObject { ["jsonPath"] = f.JsonPath }).ToList();
        if (selectable.Count > 0)
        {
            version["selectableFields"] = new JsonArray([.. selectable]);
        }

        if (resource.StatusSubresource)
        {
            version["subresources"] = new JsonObject { ["status"] = new JsonObject() };
        }

        return version;
    }

    /// <summary>A version kept only so clusters that stored it can still install the CRD: never served, any shape.</summary>
    private static JsonObject UnservedVersion(UnservedVersionAttribute unserved, JsonObject servedVersion)
    {
        // Same columns and subresources as the served version, as ESO lists them; only the schema is free-form.
        var version = servedVersion.DeepClone().AsObject();
        version["name"] = unserved.Name;
        version["served"] = false;
        version["storage"] = false;
        version.Remove("selectableFields");
        version["schema"] = new JsonObject
        {
            ["openAPIV3Schema"] = new JsonObject
            {
                ["description"] = $"No longer served; listed so objects stored as {unserved.Name} by an earlier operator can be migrated.",
                ["type"] = "object",
                ["x-kubernetes-preserve-unknown-fields"] = true,
            },
        };
        if (unserved.Deprecated)
        {
            version["deprecated"] = true;
        }

        return version;
    }

    private static JsonObject RootSchema(Type type)
    {
        var schema = new SchemaBuilder().ForType(type);
        if (schema["properties"] is JsonObject properties)
        {
            DescribeIfBare(properties, "apiVersion", "The versioned schema of this object, as <group>/<version>.");
            DescribeIfBare(properties, "kind", "The REST resource this object represents, in CamelCase.");
        }

        if (type.GetCustomAttribute<DescriptionAttribute>() is null)
        {
            schema["description"] = $"{Entity(type).Kind} is an external-secrets.io resource served by Ferry.";
        }

        return schema;
    }

    private static void DescribeIfBare(JsonObject properties, string name, string description)
    {
        if (properties[name] is JsonObject property && !property.ContainsKey("description"))
        {
            property["description"] = description;
        }
    }

    private static JsonObject PrinterColumn(PrinterColumnAttribute column)
    {
        var node = new JsonObject { ["name"] = column.Name, ["type"] = column.Type, ["jsonPath"] = column.JsonPath };
        if (column.Description is not null)
        {
            node["description"] = column.Description;
        }

        if (column.Format is not null)
        {
            node["format"] = column.Format;
        }

        if (column.Priority != 0)
        {
            node["priority"] = column.Priority;
        }

        return node;
    }

    /// <summary>The version alone: KubernetesClient's convention is "v1", but "group/v1" is accepted too.</summary>
    private static string VersionName(KubernetesEntityAttribute entity) => entity.ApiVersion[(entity.ApiVersion.LastIndexOf('/') + 1)..];

    private static JsonArray Strings(IEnumerable<string> values) => [.. values.Select(value => JsonValue.Create(value))];

    private static KubernetesEntityAttribute Entity(Type type) =>
        type.GetCustomAttribute<KubernetesEntityAttribute>()
        ?? throw new NotSupportedException($"{type}: a custom resource type needs [KubernetesEntity].");

    private static CustomResourceAttribute Resource(Type type) =>
        type.GetCustomAttribute<CustomResourceAttribute>()
        ?? throw new NotSupportedException($"{type}: a custom resource type needs [CustomResource].");
}
