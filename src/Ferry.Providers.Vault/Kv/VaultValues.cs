using System.Text.Json;
using Ferry.Providers.Paths;

namespace Ferry.Providers.Vault.Kv;

/// <summary>ESO's getSecretValue and GetSecretMap over a Vault key/value map.</summary>
internal static class VaultValues
{
    /// <summary>
    /// No property: the whole map as JSON. A property naming a top-level key wins (ESO keeps this for backwards
    /// compatibility); otherwise it is a gjson path, and a path that selects nothing is an error, not a not-found.
    /// </summary>
    public static SecretValue Select(JsonElement data, string? property)
    {
        var json = VaultJson.Marshal(data, numbersAsFloat: false);
        if (string.IsNullOrEmpty(property))
        {
            return SecretValue.FromString(json);
        }

        if (TryGetMember(data, property, out var member))
        {
            return VaultJson.ValueOf(member, numbersAsFloat: false);
        }

        var selected = GJson.Get(json, property);
        return selected.Exists
            ? SecretValue.FromString(selected.ToGoString())
            : throw new ProviderException(MissingPropertyMessage(property));
    }

    public static string MissingPropertyMessage(string property) =>
        $"cannot find secret data for key: \"{property.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";

    /// <summary>ESO decodes the selected value into map[string]any again: numbers become float64, null an empty map.</summary>
    public static IReadOnlyDictionary<string, SecretValue> ToMap(SecretValue selected)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(selected.Bytes);
        }
        catch (JsonException)
        {
            throw new ProviderException("cannot unmarshal the vault secret into a map: the value is not JSON");
        }

        using (document)
        {
            var root = document.RootElement;
            var map = new Dictionary<string, SecretValue>(StringComparer.Ordinal);
            if (root.ValueKind == JsonValueKind.Null)
            {
                return map;
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ProviderException("cannot unmarshal the vault secret into a map: the value is not a JSON object");
            }

            foreach (var member in root.EnumerateObject())
            {
                map[member.Name] = VaultJson.ValueOf(member.Value, numbersAsFloat: true);
            }

            return map;
        }
    }

    public static bool TryGetMember(JsonElement data, string name, out JsonElement value)
    {
        value = default;
        var found = false;
        // Go decodes into a map, so a repeated member means its last value.
        foreach (var member in data.EnumerateObject())
        {
            if (member.NameEquals(name))
            {
                value = member.Value;
                found = true;
            }
        }

        return found;
    }
}
