using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ferry.LocalCluster.Semantics;

namespace Ferry.LocalCluster.Printing;

/// <summary>
/// The columns kube-apiserver prints for each kind (its internal printers for built-in kinds, the default
/// Name/Created At convertor for the rest, and a CRD's additionalPrinterColumns for custom resources).
/// </summary>
internal static class TableColumns
{
    private const string NameDescription = "Name must be unique within a namespace; it identifies the object.";
    private const string AgeDescription = "CreationTimestamp is when the object was created, shown as its age.";

    public static TableColumn Name { get; } =
        new("Name", "string", "name", NameDescription, 0, (value, _) => JsonFields.String(JsonFields.Metadata(value), "name"));

    public static TableColumn Age { get; } =
        new("Age", "string", string.Empty, AgeDescription, 0, (value, now) => HumanDuration.Since(CreationTimestamp(value), now));

    /// <summary>The columns of a built-in kind, keyed by group and kind.</summary>
    public static IReadOnlyList<TableColumn> BuiltIn(string group, string kind) => (group, kind) switch
    {
        ("", "Namespace") => [Name, Text("Status", "The phase of the namespace: Active or Terminating.", v => JsonFields.String(JsonFields.Object(v, "status"), "phase")), Age],
        ("", "Secret") => [Name, Text("Type", "The type of the secret, used to validate its data.", v => JsonFields.String(v, "type")), Count("Data", "The number of data items.", "data"), Age],
        ("", "ConfigMap") => [Name, Count("Data", "The number of data and binaryData items.", "data", "binaryData"), Age],
        ("", "ServiceAccount") => [Name, Count("Secrets", "The number of secrets listed for the account.", "secrets"), Age],
        ("coordination.k8s.io", "Lease") => [Name, Text("Holder", "The identity of the current holder of the lease.", v => JsonFields.String(JsonFields.Object(v, "spec"), "holderIdentity") ?? string.Empty), Age],
        ("" or "events.k8s.io", "Event") => EventColumns.All,
        _ => [Name, new TableColumn("Created At", "date", string.Empty, AgeDescription, 0, (value, _) => CreationTimestamp(value))],
    };

    /// <summary>A CRD version's columns: Name, then its additionalPrinterColumns (or Age when it declares none).</summary>
    public static IReadOnlyList<TableColumn> Custom(JsonArray? printerColumns)
    {
        var columns = new List<TableColumn> { Name };
        if (printerColumns is null || printerColumns.Count == 0)
        {
            columns.Add(new TableColumn("Age", "date", string.Empty, AgeDescription, 0, (value, now) => DateCell(CreationTimestamp(value), now)));
            return columns;
        }

        foreach (var column in printerColumns.OfType<JsonObject>())
        {
            var type = JsonFields.String(column, "type") ?? "string";
            var path = JsonPathQuery.Parse(JsonFields.String(column, "jsonPath") ?? string.Empty);
            var priority = column["priority"] is JsonValue p && p.TryGetValue<int>(out var given) ? given : 0;
            columns.Add(new TableColumn(
                JsonFields.String(column, "name") ?? string.Empty,
                type,
                JsonFields.String(column, "format") ?? string.Empty,
                JsonFields.String(column, "description") ?? string.Empty,
                priority,
                (value, now) => CustomCell(type, path.Evaluate(value), now)));
        }

        return columns;
    }

    /// <summary>A cell as the CRD table convertor makes it: the first JSONPath result, converted to the column type.</summary>
    private static JsonNode? CustomCell(string type, IReadOnlyList<JsonNode?> results, DateTimeOffset now)
    {
        if (results.Count == 0 || results[0] is not { } value)
        {
            return null;
        }

        var kind = value.GetValueKind();
        return type switch
        {
            "string" => kind == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString(),
            "integer" when kind == JsonValueKind.Number => value.AsValue().TryGetValue<long>(out var whole) ? whole : (long)value.GetValue<double>(),
            "number" when kind == JsonValueKind.Number => value.GetValue<double>(),
            "boolean" when kind is JsonValueKind.True or JsonValueKind.False => kind == JsonValueKind.True,
            "date" when kind == JsonValueKind.String => DateCell(value.GetValue<string>(), now),
            _ => null,
        };
    }

    private static string DateCell(string? timestamp, DateTimeOffset now) =>
        string.IsNullOrEmpty(timestamp) ? "<unknown>" : HumanDuration.Since(timestamp, now);

    private static string? CreationTimestamp(JsonObject value) => JsonFields.String(JsonFields.Metadata(value), "creationTimestamp");

    private static TableColumn Text(string name, string description, Func<JsonObject, string?> cell) =>
        new(name, "string", string.Empty, description, 0, (value, _) => cell(value));

    /// <summary>A count of map entries or list items (Data, Secrets), typed string as the built-in printers declare it.</summary>
    private static TableColumn Count(string name, string description, params string[] fields) =>
        new(name, "string", string.Empty, description, 0, (value, _) => fields.Sum(f => value[f] switch
        {
            JsonObject map => map.Count,
            JsonArray list => list.Count,
            _ => 0,
        }));

    internal static string Lower(string? text) => (text ?? string.Empty).ToLower(CultureInfo.InvariantCulture);
}
