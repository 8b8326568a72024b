using System.Text.Json.Nodes;
using Ferry.LocalCluster.Printing;
using Ferry.LocalCluster.Resources;
using Ferry.LocalCluster.Semantics;
using Ferry.LocalCluster.Storage;
using Microsoft.AspNetCore.Http;

namespace Ferry.LocalCluster.Http;

/// <summary>Reads answered as the Accept header asks: objects, PartialObjectMetadata or a Table.</summary>
internal sealed partial class ApiHandler
{
    private static ResponseFormat FormatOf(HttpContext context, string verb) =>
        ResponseFormat.Negotiate(context.Request.Headers.Accept.ToString(), verb);

    private static TableRowObject RowObjectOf(HttpContext context) => HttpIo.Query(context, "includeObject") switch
    {
        null or "" or "Metadata" => TableRowObject.Metadata,
        "Object" => TableRowObject.Object,
        "None" => TableRowObject.None,
        var other => throw ApiErrors.BadRequest($"unrecognized includeObject value: \"{other}\""),
    };

    private Task WriteReadAsync(HttpContext context, ResourceType type, StoredObject stored, ResponseFormat format)
    {
        var json = Render(type, stored);
        return format.Shape switch
        {
            ResponseShape.Metadata => HttpIo.WriteJsonAsync(context, 200, ShapedJson.PartialObject(format.MetaApiVersion, json)),
            ResponseShape.Table => HttpIo.WriteJsonAsync(context, 200, ShapedJson.Table(
                type, format.MetaApiVersion, ShapedJson.ListMetadata(stored.ResourceVersion, null, null), [json], RowObjectOf(context), headers: true, _time.GetUtcNow())),
            _ => HttpIo.WriteJsonAsync(context, 200, json),
        };
    }

    private Task WriteShapedListAsync(HttpContext context, ResourceType type, ListResult result, ResponseFormat format)
    {
        var metadata = ShapedJson.ListMetadata(result.ResourceVersion, result.Continue, result.RemainingItemCount);
        var items = result.Items.Select(i => Render(type, i));
        return format.Shape switch
        {
            ResponseShape.Metadata => HttpIo.WriteJsonAsync(context, 200, ShapedJson.PartialObjectList(format.MetaApiVersion, metadata, items)),
            ResponseShape.Table => HttpIo.WriteJsonAsync(context, 200, ShapedJson.Table(
                type, format.MetaApiVersion, metadata, items, RowObjectOf(context), headers: true, _time.GetUtcNow())),
            _ => WriteListAsync(context, type, result),
        };
    }

    /// <summary>A watch event's object in the negotiated shape; a Table stream sends its columns with the first event only.</summary>
    private ReadOnlyMemory<byte> WatchObject(ResourceType type, StoredObject stored, ResponseFormat format, TableRowObject rowObject, bool headers) =>
        format.Shape switch
        {
            ResponseShape.Metadata => ShapedJson.PartialObject(format.MetaApiVersion, Render(type, stored)),
            ResponseShape.Table => ShapedJson.Table(
                type, format.MetaApiVersion, ShapedJson.ListMetadata(stored.ResourceVersion, null, null), [Render(type, stored)], rowObject, headers, _time.GetUtcNow()),
            _ => Render(type, stored),
        };

    private static JsonObject BookmarkObject(ResourceType type, ResponseFormat format, JsonObject metadata) => format.Shape switch
    {
        ResponseShape.Metadata => new JsonObject { ["kind"] = "PartialObjectMetadata", ["apiVersion"] = format.MetaApiVersion, ["metadata"] = metadata },
        ResponseShape.Table => new JsonObject
        {
            ["kind"] = "Table",
            ["apiVersion"] = format.MetaApiVersion,
            ["metadata"] = new JsonObject { ["resourceVersion"] = (string?)metadata["resourceVersion"] },
            ["rows"] = new JsonArray(),
        },
        _ => new JsonObject { ["kind"] = type.Kind, ["apiVersion"] = type.ApiVersion, ["metadata"] = metadata },
    };

}
