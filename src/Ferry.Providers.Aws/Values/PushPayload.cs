using System.Text.Json;
using System.Text.Json.Nodes;
using Ferry.Providers.Values;

namespace Ferry.Providers.Aws.Values;

/// <summary>What a PushSecret entry writes: one key's value, or the whole Secret as a JSON object; with a property, merged into the existing JSON.</summary>
internal static class PushPayload
{
    public static SecretValue Source(PushSecretRequest request)
    {
        if (!string.IsNullOrEmpty(request.SecretKey))
        {
            return request.SourceData.TryGetValue(request.SecretKey, out var value)
                ? value
                : throw new ProviderException($"secret key {request.SecretKey} does not exist in the source Secret");
        }

        var strings = request.SourceData.ToDictionary(e => e.Key, e => e.Value.Reveal(), StringComparer.Ordinal);
        return SecretValue.FromString(GoJson.MarshalStringMap(strings, escapeHtml: false));
    }

    /// <summary>Sets <paramref name="property"/> (a dotted path) in the existing JSON object, or in a new one.</summary>
    public static SecretValue Merge(SecretValue? existing, string property, SecretValue value)
    {
        var root = Parse(existing);
        var path = SplitPath(property);
        var parent = root;
        foreach (var segment in path[..^1])
        {
            if (parent[segment] is not JsonObject child)
            {
                child = [];
                parent[segment] = child;
            }

            parent = child;
        }

        parent[path[^1]] = value.Reveal();
        return SecretValue.FromString(root.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    /// <summary>Removes <paramref name="property"/>; null when nothing is left, so the caller deletes the whole secret.</summary>
    public static SecretValue? Remove(SecretValue existing, string property)
    {
        var root = Parse(existing);
        var path = SplitPath(property);
        var parent = root;
        foreach (var segment in path[..^1])
        {
            if (parent[segment] is not JsonObject child)
            {
                return existing;
            }

            parent = child;
        }

        parent.Remove(path[^1]);
        return root.Count == 0
            ? null
            : SecretValue.FromString(root.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    private static JsonObject Parse(SecretValue? existing)
    {
        if (existing is null || existing.Length == 0)
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(existing.Bytes.Span) as JsonObject
                ?? throw new ProviderException("the existing secret is not a JSON object, so a property cannot be set in it");
        }
        catch (JsonException)
        {
            throw new ProviderException("the existing secret is not JSON, so a property cannot be set in it");
        }
    }

    // sjson paths: '.' separates, '\.' is a literal dot.
    private static string[] SplitPath(string property)
    {
        var parts = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < property.Length; i++)
        {
            if (property[i] == '\\' && i + 1 < property.Length)
            {
                current.Append(property[++i]);
            }
            else if (property[i] == '.')
            {
                parts.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(property[i]);
            }
        }

        parts.Add(current.ToString());
        return [.. parts];
    }
}
