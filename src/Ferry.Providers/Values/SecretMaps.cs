using System.Text.Json;

namespace Ferry.Providers.Values;

/// <summary>
/// ESO's JSON-to-secret-map conversion (esutils.JSONToSecretDataMap, also the fake provider's GetSecretMap): a JSON
/// object becomes one key per member; string members are unquoted, null becomes an empty value (Go unmarshals null
/// into a string as a no-op), and every other member keeps its JSON text exactly as written.
/// </summary>
public static class SecretMaps
{
    /// <summary>
    /// <see cref="FromJsonObject(SecretValue)"/> for a provider's GetSecretMap (dataFrom.extract): a failure names the
    /// remote key, as ESO's "unable to unmarshal secret KEY" does.
    /// </summary>
    /// <exception cref="ProviderException">The value is not a JSON object; the message names the key, never the value.</exception>
    public static IReadOnlyDictionary<string, SecretValue> FromJsonObject(SecretValue json, string? remoteKey)
    {
        try
        {
            return FromJsonObject(json);
        }
        catch (ProviderException ex)
        {
            throw new ProviderException($"unable to unmarshal secret {remoteKey}: {ex.Message}", ex);
        }
    }

    /// <exception cref="ProviderException">The value is not JSON, or not an object; the message never quotes it.</exception>
    public static IReadOnlyDictionary<string, SecretValue> FromJsonObject(SecretValue json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json.Bytes, new JsonDocumentOptions { MaxDepth = 1000 });
        }
        catch (JsonException ex)
        {
            // The parser's own message may quote the offending characters of the secret: report the position only.
            throw new ProviderException($"value is not valid JSON (error at byte {ex.BytePositionInLine})");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Null)
            {
                return new Dictionary<string, SecretValue>(StringComparer.Ordinal);
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ProviderException(
                    $"json: cannot unmarshal {GoKindName(root.ValueKind)} into Go value of type map[string]json.RawMessage");
            }

            var result = new Dictionary<string, SecretValue>(StringComparer.Ordinal);
            foreach (var member in root.EnumerateObject())
            {
                // Duplicate members: the last one wins, as when Go decodes into a map.
                result[member.Name] = ToSecretValue(member.Value);
            }

            return result;
        }
    }

    /// <summary>One JSON member as ESO stores it: strings raw, null empty, anything else its JSON text.</summary>
    public static SecretValue ToSecretValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => SecretValue.FromString(element.GetString()!),
        JsonValueKind.Null => SecretValue.Empty,
        _ => SecretValue.FromString(element.GetRawText()),
    };

    private static string GoKindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        _ => "bool",
    };
}
