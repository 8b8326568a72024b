using System.Globalization;
using System.Text.Json;

namespace Ferry.Providers.Azure.Values;

/// <summary>
/// PushSecret metadata for Azure (kind PushSecretMetadata, apiVersion kubernetes.external-secrets.io/v1alpha1):
/// spec.expirationDate (RFC 3339), spec.contentType and spec.tags; the managed-by tag is reserved.
/// </summary>
internal sealed record AzurePushMetadata(DateTimeOffset? Expires, string? ContentType, IReadOnlyDictionary<string, string> Tags)
{
    public static AzurePushMetadata Empty { get; } = new(null, null, new Dictionary<string, string>());

    /// <exception cref="ProviderException">A malformed document, a bad date, or a managed-by tag.</exception>
    public static AzurePushMetadata Parse(JsonElement? metadata)
    {
        if (metadata is not { ValueKind: JsonValueKind.Object } root || !root.TryGetProperty("spec", out var spec) || spec.ValueKind != JsonValueKind.Object)
        {
            return Empty;
        }

        DateTimeOffset? expires = null;
        if (spec.TryGetProperty("expirationDate", out var date) && date.GetString() is { Length: > 0 } text)
        {
            expires = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) && text.Contains('T', StringComparison.Ordinal)
                ? parsed
                : throw new ProviderException("error parsing expiration date in metadata: not an RFC 3339 time. Expected format: YYYY-MM-DDTHH:MM:SSZ (RFC3339). Example: 2024-12-31T20:00:00Z");
        }

        var contentType = spec.TryGetProperty("contentType", out var ct) && ct.GetString() is { Length: > 0 } c ? c : null;
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (spec.TryGetProperty("tags", out var tagObject) && tagObject.ValueKind == JsonValueKind.Object)
        {
            foreach (var tag in tagObject.EnumerateObject())
            {
                if (tag.Name == AzureManagedBy.TagName)
                {
                    throw new ProviderException($"error parsing tags in metadata: Cannot specify a '{AzureManagedBy.TagName}' tag");
                }

                tags[tag.Name] = tag.Value.ValueKind == JsonValueKind.String ? tag.Value.GetString()! : tag.Value.GetRawText();
            }
        }

        return new AzurePushMetadata(expires, contentType, tags);
    }
}
