using System.Text.Json.Nodes;
using Ferry.LocalCluster.Semantics;

namespace Ferry.LocalCluster.Printing;

/// <summary>The Event printer's columns (core/v1 shape, which events.k8s.io Events are stored in).</summary>
internal static class EventColumns
{
    public static IReadOnlyList<TableColumn> All { get; } =
    [
        new("Last Seen", "string", string.Empty, "The time the event was last seen.", 0, (v, now) => LastSeen(v, now)),
        Column("Type", 0, v => JsonFields.String(v, "type") ?? string.Empty),
        Column("Reason", 0, v => JsonFields.String(v, "reason") ?? string.Empty),
        Column("Object", 0, Target),
        Column("Subobject", 1, v => JsonFields.String(JsonFields.Object(v, "involvedObject"), "fieldPath") ?? string.Empty),
        Column("Source", 1, Source),
        Column("Message", 0, v => (JsonFields.String(v, "message") ?? string.Empty).Trim()),
        new("First Seen", "string", string.Empty, "The time the event was first seen.", 1, (v, now) => FirstSeen(v, now)),
        new("Count", "string", string.Empty, "How many times the event occurred.", 1, (v, _) => Count(v)),
        Column("Name", 1, v => JsonFields.String(JsonFields.Metadata(v), "name") ?? string.Empty),
    ];

    private static TableColumn Column(string name, int priority, Func<JsonObject, string> cell) =>
        new(name, "string", string.Empty, name + " of the event.", priority, (value, _) => cell(value));

    private static string FirstSeen(JsonObject value, DateTimeOffset now) =>
        JsonFields.String(value, "firstTimestamp") is { Length: > 0 } first ? HumanDuration.Since(first, now)
            : HumanDuration.Since(JsonFields.String(value, "eventTime"), now);

    private static string LastSeen(JsonObject value, DateTimeOffset now)
    {
        var last = JsonFields.String(value, "lastTimestamp") is { Length: > 0 } at ? HumanDuration.Since(at, now) : FirstSeen(value, now);
        if (JsonFields.Object(value, "series") is { } series)
        {
            last = HumanDuration.Since(JsonFields.String(series, "lastObservedTime"), now);
        }

        var count = Count(value);
        return count > 1 ? $"{last} (x{count} over {FirstSeen(value, now)})" : last;
    }

    private static long Count(JsonObject value)
    {
        var count = JsonFields.Object(value, "series") is { } series ? Number(series["count"]) : Number(value["count"]);
        return count == 0 ? 1 : count;
    }

    private static long Number(JsonNode? node) => node is JsonValue v && v.TryGetValue<long>(out var n) ? n : 0;

    private static string Target(JsonObject value)
    {
        var involved = JsonFields.Object(value, "involvedObject");
        var kind = TableColumns.Lower(JsonFields.String(involved, "kind"));
        return JsonFields.String(involved, "name") is { Length: > 0 } name ? kind + "/" + name : kind;
    }

    private static string Source(JsonObject value)
    {
        var source = JsonFields.Object(value, "source");
        var component = JsonFields.String(source, "component") ?? JsonFields.String(value, "reportingComponent") ?? string.Empty;
        var host = JsonFields.String(source, "host") ?? JsonFields.String(value, "reportingInstance") ?? string.Empty;
        return host.Length > 0 ? component + ", " + host : component;
    }
}
