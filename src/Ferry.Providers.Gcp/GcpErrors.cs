using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ferry.Providers.Gcp;

/// <summary>Reads google.rpc.Status and OAuth error bodies into short messages.</summary>
internal static class GcpErrors
{
    public static string Describe(string body)
    {
        try
        {
            var node = JsonNode.Parse(body);
            if (node?["error"] is JsonObject status)
            {
                return $"{status["status"]?.GetValue<string>()}: {status["message"]?.GetValue<string>()}".Trim(' ', ':');
            }

            if (node?["error"] is JsonValue code)
            {
                return $"{code.GetValue<string>()} {node["error_description"]?.GetValue<string>()}".TrimEnd();
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            return "unreadable error body";
        }

        return "no error details";
    }
}
