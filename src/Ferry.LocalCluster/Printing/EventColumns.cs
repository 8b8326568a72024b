using System.Text.Json.Nodes;
using Ferry.LocalCluster.Semantics;

namespace Ferry.LocalCluster.Printing;

/// <summary>
/// The Event printer's columns. Cells read the core/v1 field names and fall back to their events.k8s.io/v1
/// counterparts (regarding, note, deprecated*), so both versions print alike.
/// </summary>
internal static class EventColumns
{
    public static IReadOnlyList<TableColumn> All { get; } =
    [
        new("Last Seen", "string", string.Empty, "The time the event was last seen.", 0, (v, now) => LastSeen(v, now)),
        Column("Type", 0, v => JsonFields.String(v, "type") ?? string.Empty),
        Column("Reason", 0, v => JsonFields.String(v, "reason") ?? string.Empty),
        Column("Object", 0, Target),
        Column("Subobject", 1, v => JsonFields.String(Involved(v), "fieldPath") ?? string.Empty),
        Column("Source", 1, Source),
        Column("Message", 0, v => (JsonFields.String(v, "message") ?? JsonFields.String(v, "note") ?? string.Empty).Trim()),
        new("First Seen", "string", string.Empty, "The time the event was first seen.", 1, (v, now) => FirstSeen(v, now)),
        new("Count", "string", string.Empty, "How many times the event occurred.", 1, (v, _) => Count(v)),
        Column("Name", 1, v => JsonFields.String(JsonFields.Metadata(v), "name") ?? string.Empty),
    ];

    private static TableColumn Column(string name, int priority, Func<JsonObject, string> cell) =>
        new(name, "string", string.Empty, name + " of the event.", priority, (value, _) => cell(value));

    private static string FirstSeen(JsonObject value, DateTimeOffset now) =>
        Either(value, "firstTimestamp", "deprecatedFirstTimestamp") is { Length: > 0 } first ? HumanDuration.Since(first, now)
            : HumanDuration.Since(JsonFields.String(value, "eventTime"), now);

    private static string LastSeen(JsonObject value, DateTimeOffset now)
    {
        var last = Either(value, "lastTimestamp", "deprecatedLastTimestamp") is { Length: > 0 } at ? HumanDuration.Since(at, now) : FirstSeen(value, now);
        if (JsonFields.Object(value, "series") is { } series)
        {
            last = HumanDuration.Since(JsonFields.String(series, "lastObservedTime"), now);
        }

        var count = Count(value);
        return count > 1 ? $"{last} (x{count} over {FirstSeen(value, now)})" : last;
    }

    private static long Count(JsonObject value)
    {
        var count = JsonFields.Object(value, "series") is { } series ? Number(series["count"]) : Number(value["count"] ?? value["deprecatedCount"]);
        return count == 0 ? 1 : count;
    }

    private static long Number(JsonNode? node) => node is JsonValue v && v.TryGetValue<long>(out var n) ? n : 0;

    private static JsonObject? Involved(JsonObject value) => JsonFields.Object(value, "involvedObject") ?? JsonFields.Object(value, "regarding");

    private static string? Either(JsonObject value, string core, string events) => JsonFields.String(value, core) ?? JsonFields.String(value, events);

    private static string Target(JsonObject value)
    {
        var involved = Involved(value);
        var kind = TableColumns.Lower(JsonFields.String(involved, "kind"));
        return JsonFields.String(involved, "name") is { Length: > 0 } name ? kind + "/" + name : kind;
    }

    private static string Source(JsonObject value)
    {
        var source = JsonFields.Object(value, "source") ?? JsonFields.Object(value, "deprecatedSource");
        var component = JsonFields.String(source, "component") ?? JsonFields.String(value, "reportingComponent") ?? JsonFields.String(value, "reportingController") ?? string.Empty;
        var host = JsonFields.String(source, "host") ?? JsonFields.String(value, "reportingInstance") ?? string.Empty;
        return host.Length > 0 ? component + ", " + host : component;
    }
}
