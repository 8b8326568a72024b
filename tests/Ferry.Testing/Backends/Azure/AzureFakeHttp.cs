using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Ferry.Testing.Backends.Azure;

/// <summary>Writing the fake's JSON answers and Key Vault's error envelope.</summary>
internal static class AzureFakeHttp
{
    public static async Task WriteJsonAsync(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }

    /// <summary>Key Vault's <c>{"error":{"code","message","innererror"}}</c>.</summary>
    public static Task WriteVaultErrorAsync(HttpContext context, int status, string code, string message, string? innerCode = null)
    {
        var error = new JsonObject { ["code"] = code, ["message"] = message };
        if (innerCode is not null)
        {
            error["innererror"] = new JsonObject { ["code"] = innerCode };
        }

        return WriteJsonAsync(context, status, new JsonObject { ["error"] = error });
    }

    /// <summary>Entra ID's OAuth error body.</summary>
    public static Task WriteOAuthErrorAsync(HttpContext context, int status, string error, int aadstsCode, string description) =>
        WriteJsonAsync(context, status, new JsonObject
        {
            ["error"] = error,
            ["error_description"] = $"AADSTS{aadstsCode}: {description}",
            ["error_codes"] = new JsonArray(aadstsCode),
            ["trace_id"] = Guid.NewGuid().ToString(),
            ["correlation_id"] = Guid.NewGuid().ToString(),
        });

    public static async Task<JsonObject?> ReadJsonObjectAsync(HttpContext context)
    {
        try
        {
            return await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
