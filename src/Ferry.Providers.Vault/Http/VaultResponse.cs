using System.Net;
using System.Text.Json;

namespace Ferry.Providers.Vault.Http;

/// <summary>A Vault answer: the status and the JSON body (Undefined when the body was empty).</summary>
internal sealed record VaultResponse(HttpStatusCode Status, JsonElement Body)
{
    public bool IsSuccess => (int)Status is >= 200 and < 300;

    /// <summary>The envelope's <c>data</c> member, or Undefined.</summary>
    public JsonElement Data => Member(Body, "data");

    public JsonElement Auth => Member(Body, "auth");

    public static JsonElement Member(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;
}
