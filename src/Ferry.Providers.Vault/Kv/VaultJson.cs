using System.Text.Json;
using Ferry.Providers.Values;

namespace Ferry.Providers.Vault.Kv;

/// <summary>
/// Go's view of a Vault secret. Vault's Go client decodes numbers as json.Number (kept as written); ESO's
/// GetSecretMap decodes again into float64. Objects are written as json.Marshal does: keys sorted, HTML escaped.
/// </summary>
internal static class VaultJson
{
    public static string Marshal(JsonElement element, bool numbersAsFloat) =>
        GoJsonValue.Marshal(element, escapeHtml: true, numbersAsWritten: !numbersAsFloat);

    /// <summary>esutils.GetByteValue: a string raw, null empty, a number or bool as text, anything else as JSON.</summary>
    public static SecretValue ValueOf(JsonElement element, bool numbersAsFloat) => element.ValueKind switch
    {
        JsonValueKind.String => SecretValue.FromString(element.GetString()!),
        JsonValueKind.Null or JsonValueKind.Undefined => SecretValue.Empty,
        JsonValueKind.True => SecretValue.FromString("true"),
        JsonValueKind.False => SecretValue.FromString("false"),
        JsonValueKind.Number => SecretValue.FromString(numbersAsFloat ? GoJsonValue.FormatFixed(element.GetDouble()) : element.GetRawText()),
        _ => SecretValue.FromString(Marshal(element, numbersAsFloat)),
    };
}
