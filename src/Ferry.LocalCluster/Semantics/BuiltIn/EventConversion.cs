using System.Text.Json.Nodes;

namespace Ferry.LocalCluster.Semantics.BuiltIn;

/// <summary>
/// events.k8s.io/v1 and core/v1 Events are one resource in two shapes, as in Kubernetes: stored in the core shape,
/// converted field by field at the edge, so `kubectl get events` shows what a controller recorded through events.k8s.io.
/// </summary>
internal static class EventConversion
{
    private static readonly (string EventsV1, string Core)[] Fields =
    [
        ("regarding", "involvedObject"), ("related", "related"), ("note", "message"), ("reason", "reason"),
        ("type", "type"), ("action", "action"), ("eventTime", "eventTime"), ("reportingController", "reportingComponent"),
        ("reportingInstance", "reportingInstance"), ("series", "series"), ("deprecatedSource", "source"),
        ("deprecatedFirstTimestamp", "firstTimestamp"), ("deprecatedLastTimestamp", "lastTimestamp"), ("deprecatedCount", "count"),
    ];

    public static JsonObject ToCore(JsonObject value) => Convert(value, "v1", toCore: true);

    public static JsonObject FromCore(JsonObject value) => Convert(value, "events.k8s.io/v1", toCore: false);

    /// <summary>Field selectors written against events.k8s.io names, in the core names storage answers to.</summary>
    public static string? CoreFieldSelector(string? selector) => selector?
        .Replace("regarding.", "involvedObject.", StringComparison.Ordinal)
        .Replace("reportingController", "reportingComponent", StringComparison.Ordinal);

    private static JsonObject Convert(JsonObject value, string apiVersion, bool toCore)
    {
        var result = new JsonObject { ["apiVersion"] = apiVersion, ["kind"] = "Event" };
        if (value["metadata"] is { } metadata)
        {
            result["metadata"] = metadata.DeepClone();
        }

        foreach (var (eventsV1, core) in Fields)
        {
            var (from, to) = toCore ? (eventsV1, core) : (core, eventsV1);
            if (value[from] is { } field)
            {
                result[to] = field.DeepClone();
            }
        }

        return result;
    }
}
