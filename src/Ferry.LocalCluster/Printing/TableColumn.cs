using System.Text.Json.Nodes;

namespace Ferry.LocalCluster.Printing;

/// <summary>
/// One column of a <c>meta.k8s.io/v1</c> Table: its definition as the server advertises it and how a cell is made
/// from an object (given "now" for ages). Priority 0 columns show by default, higher ones with <c>-o wide</c>.
/// </summary>
internal sealed record TableColumn(string Name, string Type, string Format, string Description, int Priority, Func<JsonObject, DateTimeOffset, JsonNode?> Cell)
{
    public JsonObject Definition() => new()
    {
        ["name"] = Name,
        ["type"] = Type,
        ["format"] = Format,
        ["description"] = Description,
        ["priority"] = Priority,
    };
}
