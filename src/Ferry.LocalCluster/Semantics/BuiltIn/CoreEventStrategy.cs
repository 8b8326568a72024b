using System.Text.Json.Nodes;

namespace Ferry.LocalCluster.Semantics.BuiltIn;

/// <summary>core/v1 Event, with the field selectors kubectl and controllers use on events.</summary>
internal sealed class CoreEventStrategy : ResourceStrategy
{
    public override bool AllowCreateOnUpdate => true;

    public override IReadOnlyCollection<string> StructFields { get; } = ["involvedObject", "source"];

    public override string? SelectableField(string field, JsonObject value)
    {
        if (field.StartsWith("involvedObject.", StringComparison.Ordinal))
        {
            return JsonFields.String(JsonFields.Object(value, "involvedObject"), field["involvedObject.".Length..]) ?? string.Empty;
        }

        return field switch
        {
            "reason" or "type" or "reportingComponent" => JsonFields.String(value, field) ?? string.Empty,
            "source" => JsonFields.String(JsonFields.Object(value, "source"), "component") ?? string.Empty,
            _ => null,
        };
    }
}
