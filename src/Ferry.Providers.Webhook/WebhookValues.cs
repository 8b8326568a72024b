using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ferry.Providers.Values;

namespace Ferry.Providers.Webhook;

/// <summary>ESO's conversions of what a JSONPath selected into secret bytes.</summary>
internal static class WebhookValues
{
    /// <summary>
    /// GetSecret (extractSecretData): a string raw, a number with no decimals, a bool by name, null empty, a list
    /// its first element, an object its JSON (json.Marshal: sorted keys, HTML escaped).
    /// </summary>
    public static SecretValue Single(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return SecretValue.Empty;
            case JsonArray array:
                return array.Count > 0 ? Single(array[0]) : throw new ProviderException("filter worked but didn't get any result");
            case JsonObject:
                return SecretValue.FromString(Marshal(node));
            case JsonValue value:
                return value.GetValueKind() switch
                {
                    JsonValueKind.String => SecretValue.FromString(value.GetValue<string>()),
                    JsonValueKind.True => SecretValue.FromString("true"),
                    JsonValueKind.False => SecretValue.FromString("false"),
                    JsonValueKind.Number => SecretValue.FromString(Math.Round(value.GetValue<double>(), MidpointRounding.ToEven).ToString("F0", CultureInfo.InvariantCulture)),
                    _ => SecretValue.Empty,
                };
            default:
                return SecretValue.Empty;
        }
    }

    /// <summary>GetSecretMap members (esutils.GetByteValue): strings raw, numbers shortest fixed, containers as JSON, null empty.</summary>
    public static SecretValue Member(JsonNode? node) => node switch
    {
        null => SecretValue.Empty,
        JsonObject or JsonArray => SecretValue.FromString(Marshal(node)),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => SecretValue.FromString(value.GetValue<string>()),
            JsonValueKind.True => SecretValue.FromString("true"),
            JsonValueKind.False => SecretValue.FromString("false"),
            JsonValueKind.Number => SecretValue.FromString(GoJsonValue.FormatFixed(value.GetValue<double>())),
            _ => SecretValue.Empty,
        },
        _ => SecretValue.Empty,
    };

    private static string Marshal(JsonNode node)
    {
        using var document = JsonDocument.Parse(node.ToJsonString());
        return GoJsonValue.Marshal(document.RootElement, escapeHtml: true);
    }
}
