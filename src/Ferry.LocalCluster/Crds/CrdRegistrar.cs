using System.Text.Json.Nodes;
using Ferry.LocalCluster.Resources;
using Ferry.LocalCluster.Semantics;
using Ferry.LocalCluster.Storage;

namespace Ferry.LocalCluster.Crds;

/// <summary>
/// What apiextensions-apiserver's controllers do: serve the versions a CRD declares, report NamesAccepted and
/// Established, and on deletion remove every custom resource before letting the CRD go.
/// </summary>
internal sealed class CrdRegistrar : IClusterHooks
{
    public const string GroupResource = "customresourcedefinitions.apiextensions.k8s.io";

    private readonly ICustomResourceSchemaFactory _schemas;
    private readonly HashSet<string> _terminating = new(StringComparer.Ordinal);

    public CrdRegistrar(ICustomResourceSchemaFactory schemas)
    {
        _schemas = schemas;
    }

    public void Written(ObjectService service, string groupResource, StoredObject stored, StoredObject? previous)
    {
        if (groupResource != GroupResource)
        {
            return;
        }

        var spec = JsonFields.Object(stored.Value, "spec")!;
        var group = JsonFields.String(spec, "group")!;
        var plural = JsonFields.String(JsonFields.Object(spec, "names"), "plural")!;
        service.Registry.Replace(group, plural, Types(spec));
        if (stored.Metadata.ContainsKey("deletionTimestamp"))
        {
            _terminating.Add(stored.Name);
            return;
        }

        var value = stored.Copy();
        value["status"] = Status(service, stored.Value);
        if (!JsonNode.DeepEquals(value["status"], stored.Value["status"]))
        {
            service.SystemUpdateLocked(service.BuiltIn("apiextensions.k8s.io", "customresourcedefinitions"), stored, value);
        }
    }

    public void Deleted(ObjectService service, string groupResource, StoredObject stored)
    {
        if (groupResource != GroupResource)
        {
            return;
        }

        _terminating.Remove(stored.Name);
        var spec = JsonFields.Object(stored.Value, "spec")!;
        var group = JsonFields.String(spec, "group")!;
        var plural = JsonFields.String(JsonFields.Object(spec, "names"), "plural")!;
        var table = plural + "." + group;
        service.Registry.Replace(group, plural, []);
        service.Store.CloseWatches(table);
        service.Store.DropTable(table);
    }

    public bool RunsInBackground => false;

    public bool HasWork => _terminating.Count > 0;

    public bool Reconcile(ObjectService service)
    {
        var worked = false;
        foreach (var name in _terminating.ToList())
        {
            var crd = service.Store.Get(GroupResource, string.Empty, name);
            if (crd is null)
            {
                _terminating.Remove(name);
                continue;
            }

            var spec = JsonFields.Object(crd.Value, "spec")!;
            var table = JsonFields.String(JsonFields.Object(spec, "names"), "plural") + "." + JsonFields.String(spec, "group");
            var type = service.TypeOf(table);
            var remaining = 0;
            foreach (var item in type is null ? [] : service.Store.Table(table).Scan(string.Empty, null, null).ToList())
            {
                remaining++;
                if (!item.Metadata.ContainsKey("deletionTimestamp"))
                {
                    service.DeleteLocked(type!, item.Namespace, item.Name, new DeleteOptions("Background", null, null, false));
                    worked = true;
                }
            }

            if (remaining == 0)
            {
                var value = crd.Copy();
                JsonFields.SetFinalizers(value, [.. JsonFields.Finalizers(value).Where(f => f != CrdStrategy.CleanupFinalizer)]);
                worked |= service.SystemUpdateLocked(service.BuiltIn("apiextensions.k8s.io", "customresourcedefinitions"), crd, value);
            }
        }

        return worked;
    }

    private List<ResourceType> Types(JsonObject spec)
    {
        var names = JsonFields.Object(spec, "names")!;
        var types = new List<ResourceType>();
        foreach (var version in JsonFields.Array(spec, "versions") ?? [])
        {
            if (!JsonFields.Bool(version, "served"))
            {
                continue;
            }

            var schema = JsonFields.Object(JsonFields.Object(version, "schema"), "openAPIV3Schema") ?? [];
            var status = JsonFields.Object(JsonFields.Object(version, "subresources"), "status") is not null;
            types.Add(new ResourceType
            {
                Group = JsonFields.String(spec, "group")!,
                Version = JsonFields.String(version, "name")!,
                Kind = JsonFields.String(names, "kind")!,
                Plural = JsonFields.String(names, "plural")!,
                Singular = JsonFields.String(names, "singular") ?? JsonFields.String(names, "kind")!.ToLowerInvariant(),
                Namespaced = JsonFields.String(spec, "scope") == "Namespaced",
                ShortNames = JsonFields.Strings(JsonFields.Array(names, "shortNames")),
                Categories = JsonFields.Strings(JsonFields.Array(names, "categories")),
                Subresources = status ? ["status"] : [],
                Strategy = new CustomResourceStrategy(_schemas.Create(schema), status),
                Schema = schema,
                Columns = Printing.TableColumns.Custom(JsonFields.Array(version, "additionalPrinterColumns")),
            });
        }

        return types;
    }

    private static JsonObject Status(ObjectService service, JsonObject crd)
    {
        var spec = JsonFields.Object(crd, "spec")!;
        var old = JsonFields.Object(crd, "status");
        var now = service.Now();
        JsonObject Condition(string type, string reason, string message)
        {
            var previous = JsonFields.Array(old, "conditions")?.FirstOrDefault(c => JsonFields.String(c, "type") == type);
            return new JsonObject
            {
                ["type"] = type,
                ["status"] = "True",
                ["lastTransitionTime"] = JsonFields.String(previous, "lastTransitionTime") ?? now,
                ["reason"] = reason,
                ["message"] = message,
            };
        }

        var stored = JsonFields.Strings(JsonFields.Array(old, "storedVersions"));
        foreach (var version in JsonFields.Array(spec, "versions") ?? [])
        {
            if (JsonFields.Bool(version, "storage") && JsonFields.String(version, "name") is { } name && !stored.Contains(name))
            {
                stored.Add(name);
            }
        }

        return new JsonObject
        {
            ["conditions"] = new JsonArray(
                Condition("NamesAccepted", "NoConflicts", "no conflicts found"),
                Condition("Established", "InitialNamesAccepted", "the initial names have been accepted")),
            ["acceptedNames"] = JsonFields.Object(spec, "names")?.DeepClone(),
            ["storedVersions"] = new JsonArray([.. stored.Select(s => (JsonNode)s)]),
        };
    }
}
