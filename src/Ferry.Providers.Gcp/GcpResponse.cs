using System.Net;
using System.Text.Json.Nodes;

namespace Ferry.Providers.Gcp;

/// <summary>A Secret Manager response: status and JSON body (a resource or a google.rpc.Status).</summary>
internal sealed record GcpResponse(HttpStatusCode Status, string Body)
{
    public bool IsSuccess => (int)Status is >= 200 and < 300;

    public JsonNode Json() => JsonNode.Parse(Body) ?? new JsonObject();

    /// <summary>A ProviderException for a failed call; the body is a google.rpc.Status that never holds payload data.</summary>
    public ProviderException Failure(string operation) =>
        new($"{operation}: HTTP {(int)Status} {GcpErrors.Describe(Body)}");
}
