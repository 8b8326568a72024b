using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Ferry.LocalCluster.Http;

/// <summary>Reading request bodies and writing JSON answers the way kube-apiserver frames them.</summary>
internal static class HttpIo
{
    public const int MaxBodyBytes = 3 * 1024 * 1024;

    public static async Task WriteJsonAsync(HttpContext context, int status, ReadOnlyMemory<byte> json, string contentType = "application/json")
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = json.Length;
        await context.Response.Body.WriteAsync(json, context.RequestAborted);
    }

    public static Task WriteJsonAsync(HttpContext context, int status, JsonNode node, string contentType = "application/json") =>
        WriteJsonAsync(context, status, JsonSerializer.SerializeToUtf8Bytes(node), contentType);

    public static Task WriteStatusAsync(HttpContext context, ApiException error) =>
        WriteJsonAsync(context, error.Code, error.ToStatus());

    /// <summary>The media type without parameters, lower-cased (<c>application/json; charset=utf-8</c> → <c>application/json</c>).</summary>
    public static string MediaType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return string.Empty;
        }

        var semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        return (semicolon < 0 ? contentType : contentType[..semicolon]).Trim().ToLowerInvariant();
    }

    public static async Task<byte[]> ReadBodyAsync(HttpContext context)
    {
        if (context.Request.ContentLength is { } length and <= MaxBodyBytes)
        {
            // The usual case: the size is known, so the body is read straight into an array of that size.
            var body = new byte[length];
            await context.Request.Body.ReadExactlyAsync(body, context.RequestAborted);
            return body;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBodyBytes)
            {
                throw new ApiException(413, "RequestEntityTooLarge", "Request entity too large: limit is 3145728");
            }
        }

        return buffer.ToArray();
    }

    public static JsonNode? ParseJson(byte[] body, string what)
    {
        try
        {
            return body.Length == 0 ? null : JsonNode.Parse(body);
        }
        catch (JsonException exception)
        {
            throw ApiErrors.BadRequest($"{what}: {exception.Message}");
        }
    }

    public static JsonObject ParseObject(byte[] body, string? contentType)
    {
        var media = MediaType(contentType);
        if (media == "application/vnd.kubernetes.protobuf")
        {
            return ProtobufObjects.Decode(body);
        }

        if (media.Contains("protobuf", StringComparison.Ordinal) || media.Contains("cbor", StringComparison.Ordinal))
        {
            throw new ApiException(415, "UnsupportedMediaType", $"the body of the request was in an unknown format - accepted media types include: application/json, application/yaml");
        }

        return ParseJson(body, "couldn't get version/kind; json parse error") as JsonObject
            ?? throw ApiErrors.BadRequest("Object 'Kind' is missing in '" + Encoding.UTF8.GetString(body) + "'");
    }

    public static string? Query(HttpContext context, string name)
    {
        var value = context.Request.Query[name];
        return value.Count == 0 ? null : value[0];
    }

    public static bool QueryBool(HttpContext context, string name) =>
        Query(context, name) is { } text && (text.Length == 0 || string.Equals(text, "true", StringComparison.OrdinalIgnoreCase) || text == "1");
}
