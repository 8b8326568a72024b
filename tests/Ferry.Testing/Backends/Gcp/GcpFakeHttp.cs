using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Ferry.Testing.Backends.Gcp;

/// <summary>JSON responses and google.rpc.Status errors as Google's REST front end writes them.</summary>
internal static class GcpFakeHttp
{
    public static Task JsonAsync(HttpContext context, JsonNode body, int status = StatusCodes.Status200OK)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=UTF-8";
        return context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }

    public static Task ErrorAsync(HttpContext context, int code, string status, string message) => JsonAsync(
        context,
        new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message, ["status"] = status } },
        code);

    public static Task OAuthErrorAsync(HttpContext context, string error, string description) => JsonAsync(
        context, new JsonObject { ["error"] = error, ["error_description"] = description }, StatusCodes.Status400BadRequest);
}
