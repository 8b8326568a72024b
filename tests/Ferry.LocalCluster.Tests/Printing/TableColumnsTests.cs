using System.Text.Json.Nodes;
using Ferry.LocalCluster.Printing;

namespace Ferry.LocalCluster.Tests.Printing;

public sealed class TableColumnsTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Custom_EsoExternalSecretColumns_EvaluateAsTheCrdTableConvertor()
    {
        var columns = TableColumns.Custom(JsonNode.Parse("""
            [{"jsonPath":".spec.secretStoreRef.kind","name":"StoreType","type":"string"},
             {"jsonPath":".spec.secretStoreRef.name","name":"Store","type":"string"},
             {"jsonPath":".spec.refreshInterval","name":"Refresh Interval","type":"string"},
             {"jsonPath":".status.conditions[?(@.type==\"Ready\")].reason","name":"Status","type":"string"},
             {"jsonPath":".status.conditions[?(@.type==\"Ready\")].status","name":"Ready","type":"string"},
             {"jsonPath":".status.refreshTime","name":"Last Sync","type":"date"},
             {"jsonPath":".spec.size","name":"Size","type":"integer","priority":1},
             {"jsonPath":".spec.target","name":"Target","type":"string","priority":1}]
            """)!.AsArray());
        var value = JsonNode.Parse("""
            {"metadata":{"name":"db","creationTimestamp":"2026-01-01T00:00:00Z"},
             "spec":{"secretStoreRef":{"name":"vault","kind":"SecretStore"},"refreshInterval":"1h0m0s","size":2.0,"target":{"name":"db"}},
             "status":{"refreshTime":"2026-01-01T00:55:00Z","conditions":[{"type":"Ready","status":"True","reason":"SecretSynced"}]}}
            """)!.AsObject();

        var cells = columns.Select(c => c.Cell(value, Now)?.ToJsonString()).ToList();

        Assert.Equal(["Name", "StoreType", "Store", "Refresh Interval", "Status", "Ready", "Last Sync", "Size", "Target"], columns.Select(c => c.Name));
        Assert.Equal(["\"db\"", "\"SecretStore\"", "\"vault\"", "\"1h0m0s\"", "\"SecretSynced\"", "\"True\"", "\"5m\"", "2", "\"{\\u0022name\\u0022:\\u0022db\\u0022}\""], cells);
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 1, 1], columns.Select(c => c.Priority));
        Assert.Equal("name", columns[0].Format);
    }

    [Fact]
    public void Custom_NoPrinterColumns_ServesNameAndAge()
    {
        var columns = TableColumns.Custom(null);
        var value = JsonNode.Parse("""{"metadata":{"name":"w","creationTimestamp":"2026-01-01T00:00:00Z"}}""")!.AsObject();

        Assert.Equal(["Name", "Age"], columns.Select(c => c.Name));
        Assert.Equal("date", columns[1].Type);
        Assert.Equal("60m", (string?)columns[1].Cell(value, Now));
    }

    [Fact]
    public void BuiltIn_Secret_IsNameTypeDataAge()
    {
        var columns = TableColumns.BuiltIn(string.Empty, "Secret");
        var value = JsonNode.Parse("""{"metadata":{"name":"s","creationTimestamp":"2026-01-01T00:59:00Z"},"type":"Opaque","data":{"a":"","b":""}}""")!.AsObject();

        Assert.Equal(["Name", "Type", "Data", "Age"], columns.Select(c => c.Name));
        Assert.Equal(["\"s\"", "\"Opaque\"", "2", "\"60s\""], columns.Select(c => c.Cell(value, Now)!.ToJsonString()));
    }

    [Fact]
    public void BuiltIn_CrdAndNamespace_FollowTheirPrinters()
    {
        var crd = TableColumns.BuiltIn("apiextensions.k8s.io", "CustomResourceDefinition");
        var ns = TableColumns.BuiltIn(string.Empty, "Namespace");
        var value = JsonNode.Parse("""{"metadata":{"name":"n","creationTimestamp":"2026-01-01T00:00:00Z"},"status":{"phase":"Terminating"}}""")!.AsObject();

        Assert.Equal(["Name", "Created At"], crd.Select(c => c.Name));
        Assert.Equal("2026-01-01T00:00:00Z", (string?)crd[1].Cell(value, Now));
        Assert.Equal(["Name", "Status", "Age"], ns.Select(c => c.Name));
        Assert.Equal("Terminating", (string?)ns[1].Cell(value, Now));
    }

    [Fact]
    public void BuiltIn_Event_PrintsCoreAndEventsV1ShapesAlike()
    {
        var columns = TableColumns.BuiltIn(string.Empty, "Event");
        var core = JsonNode.Parse("""
            {"metadata":{"name":"e1"},"type":"Normal","reason":"Synced","message":" done ","count":3,
             "firstTimestamp":"2026-01-01T00:50:00Z","lastTimestamp":"2026-01-01T00:59:00Z",
             "involvedObject":{"kind":"ExternalSecret","name":"db"},"source":{"component":"ferry"}}
            """)!.AsObject();
        var eventsV1 = JsonNode.Parse("""
            {"metadata":{"name":"e1"},"type":"Normal","reason":"Synced","note":" done ","deprecatedCount":3,
             "deprecatedFirstTimestamp":"2026-01-01T00:50:00Z","deprecatedLastTimestamp":"2026-01-01T00:59:00Z",
             "regarding":{"kind":"ExternalSecret","name":"db"},"reportingController":"ferry"}
            """)!.AsObject();

        string Cells(JsonObject value) => string.Join("|", columns.Select(c => c.Cell(value, Now)?.ToString()));

        Assert.Equal(["Last Seen", "Type", "Reason", "Object", "Subobject", "Source", "Message", "First Seen", "Count", "Name"], columns.Select(c => c.Name));
        Assert.Equal("60s (x3 over 10m)|Normal|Synced|externalsecret/db||ferry|done|10m|3|e1", Cells(core));
        Assert.Equal(Cells(core), Cells(eventsV1));
    }
}
