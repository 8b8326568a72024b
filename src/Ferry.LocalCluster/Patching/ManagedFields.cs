using System.Text.Json.Nodes;
using Ferry.LocalCluster.Semantics;

namespace Ferry.LocalCluster.Patching;

/// <summary>Reads and writes <c>metadata.managedFields</c> and keeps ownership current on every write.</summary>
internal static class ManagedFields
{
    public static List<ManagedFieldsEntry> Read(JsonObject value)
    {
        var entries = new List<ManagedFieldsEntry>();
        foreach (var node in JsonFields.Array(JsonFields.Metadata(value), "managedFields") ?? [])
        {
            var manager = JsonFields.String(node, "manager");
            if (manager is null)
            {
                continue;
            }

            entries.Add(new ManagedFieldsEntry
            {
                Manager = manager,
                Operation = JsonFields.String(node, "operation") ?? "Update",
                ApiVersion = JsonFields.String(node, "apiVersion") ?? string.Empty,
                Subresource = JsonFields.String(node, "subresource"),
                Time = JsonFields.String(node, "time"),
                Fields = FieldTree.FromJson(node?["fieldsV1"]),
            });
        }

        return entries;
    }

    public static void Write(JsonObject value, IEnumerable<ManagedFieldsEntry> entries)
    {
        var array = new JsonArray();
        foreach (var entry in entries.Where(e => !e.Fields.IsEmpty))
        {
            var node = new JsonObject
            {
                ["manager"] = entry.Manager,
                ["operation"] = entry.Operation,
                ["apiVersion"] = entry.ApiVersion,
                ["time"] = entry.Time,
                ["fieldsType"] = "FieldsV1",
                ["fieldsV1"] = entry.Fields.ToJson(),
            };
            if (!string.IsNullOrEmpty(entry.Subresource))
            {
                node["subresource"] = entry.Subresource;
            }

            array.Add(node);
        }

        var metadata = JsonFields.Metadata(value);
        if (array.Count == 0)
        {
            metadata.Remove("managedFields");
        }
        else
        {
            metadata["managedFields"] = array;
        }
    }

    /// <summary>
    /// Records a non-apply write: the manager gains the fields it changed, every other manager loses them, and
    /// nobody keeps a field the object no longer has.
    /// </summary>
    public static void RecordUpdate(
        JsonObject value, JsonObject? old, string manager, string? subresource, string time, Func<IReadOnlyList<string>, ListType> listTypes,
        IReadOnlyCollection<string>? structFields = null)
    {
        if (old is null)
        {
            // A create: the writer is the only owner and owns every field present, maps and list items as a whole.
            Write(value, [new ManagedFieldsEntry
            {
                Manager = manager,
                Operation = "Update",
                ApiVersion = JsonFields.String(value, "apiVersion") ?? string.Empty,
                Subresource = subresource,
                Fields = FieldTree.Added(value, listTypes, structFields),
                Time = time,
            }]);
            return;
        }

        var present = FieldTree.FromObject(value, listTypes);
        var entries = Read(old);
        var changed = FieldTree.Changed(old, value, listTypes, structFields);
        if (changed.IsEmpty)
        {
            Write(value, entries);
            return;
        }

        var apiVersion = JsonFields.String(value, "apiVersion") ?? string.Empty;
        foreach (var entry in entries)
        {
            entry.Fields = entry.Fields.Subtract(changed).Within(present);
        }

        var mine = entries.FirstOrDefault(e => e.SameOwner(manager, "Update", subresource));
        if (mine is null)
        {
            mine = new ManagedFieldsEntry
            {
                Manager = manager,
                Operation = "Update",
                ApiVersion = apiVersion,
                Subresource = subresource,
                Fields = new FieldTree(),
            };
            entries.Add(mine);
        }

        mine.Fields = mine.Fields.Union(changed.Within(present));
        mine.Time = time;
        mine.ApiVersion = apiVersion;
        Write(value, entries);
    }
}
