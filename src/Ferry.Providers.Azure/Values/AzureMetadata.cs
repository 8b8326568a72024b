using System.Globalization;
using System.Text.Json;
using Ferry.Providers.Values;

namespace Ferry.Providers.Azure.Values;

/// <summary>
/// metadataPolicy Fetch for Azure: an object's tags plus its attribute.expires/created/updated/notBefore times
/// (RFC 3339, UTC), selected the way ESO's getSecretTag and getSecretMapProperties do it.
/// </summary>
internal static class AzureMetadata
{
    /// <summary>The times of an object's attributes, as ESO names them.</summary>
    public sealed record Times(DateTimeOffset? Expires, DateTimeOffset? Created, DateTimeOffset? Updated, DateTimeOffset? NotBefore);

    /// <summary>Tags and attribute times in one map (getSecretAllMetadata).</summary>
    public static Dictionary<string, string> All(IReadOnlyDictionary<string, string>? tags, Times times)
    {
        var all = new Dictionary<string, string>(tags ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        AddTimes(all, string.Empty, times);
        return all;
    }

    /// <summary>One tag, a gjson path inside a JSON tag (<c>tag.path</c>), or every tag as JSON when no property is given.</summary>
    /// <exception cref="ProviderException">The tag does not exist (ESO: "tag X does not exist").</exception>
    public static SecretValue Select(IReadOnlyDictionary<string, string> metadata, string? property)
    {
        if (string.IsNullOrEmpty(property))
        {
            return SecretValue.FromString(GoJson.MarshalStringMap(metadata, escapeHtml: true));
        }

        if (metadata.TryGetValue(property, out var value))
        {
            return SecretValue.FromString(value);
        }

        var dot = property.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0 && metadata.TryGetValue(property[..dot], out var json))
        {
            return AzureProperty.Select(json, property[(dot + 1)..], property);
        }

        throw new ProviderException($"tag {property} does not exist");
    }

    /// <summary>
    /// dataFrom.extract with metadataPolicy Fetch (getSecretTags): keys NAME_TAG, a JSON-object tag expanded into
    /// NAME_TAG_MEMBER, plus NAME_attribute.* times; with a property, only KEY_PROPERTY (empty when it is missing).
    /// </summary>
    public static IReadOnlyDictionary<string, SecretValue> ExtractMap(
        string name, string remoteKey, string? property, IReadOnlyDictionary<string, string>? tags, Times? times)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (tag, value) in tags ?? new Dictionary<string, string>())
        {
            if (TryReadStringObject(value) is { } members)
            {
                foreach (var (member, memberValue) in members)
                {
                    map[$"{name}_{tag}_{member}"] = memberValue;
                }
            }
            else
            {
                map[$"{name}_{tag}"] = value;
            }
        }

        if (times is not null)
        {
            AddTimes(map, name + "_", times);
        }

        if (!string.IsNullOrEmpty(property))
        {
            var single = $"{remoteKey}_{property}";
            SecretValue selected;
            try
            {
                selected = Select(map, single);
            }
            catch (ProviderException)
            {
                selected = SecretValue.Empty;
            }

            return new Dictionary<string, SecretValue>(StringComparer.Ordinal) { [single] = selected };
        }

        return map.ToDictionary(e => e.Key, e => SecretValue.FromString(e.Value), StringComparer.Ordinal);
    }

    private static void AddTimes(Dictionary<string, string> target, string prefix, Times times)
    {
        Add(target, prefix + "attribute.expires", times.Expires);
        Add(target, prefix + "attribute.created", times.Created);
        Add(target, prefix + "attribute.updated", times.Updated);
        Add(target, prefix + "attribute.notBefore", times.NotBefore);
    }

    private static void Add(Dictionary<string, string> target, string key, DateTimeOffset? time)
    {
        if (time is { } value)
        {
            target[key] = value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }
    }

    // Go's json.Unmarshal into map[string]string: only an object whose members are all strings.
    private static Dictionary<string, string>? TryReadStringObject(string value)
    {
        try
        {
            return JsonSerializer.Deserialize(value, AzureJsonContext.Default.DictionaryStringString);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
