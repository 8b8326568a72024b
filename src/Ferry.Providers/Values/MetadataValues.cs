using Ferry.Api.V1;

namespace Ferry.Providers.Values;

/// <summary>
/// metadataPolicy Fetch: the provider returns the secret's metadata (tags, labels, custom metadata) instead of its
/// value. Without a property the whole map is returned as JSON with sorted keys; with one, that entry's value.
/// </summary>
public static class MetadataValues
{
    public static bool IsFetch(ExternalSecretDataRemoteRef remoteRef)
    {
        ArgumentNullException.ThrowIfNull(remoteRef);
        return remoteRef.MetadataPolicy == ExternalSecretMetadataPolicy.Fetch;
    }

    /// <exception cref="SecretNotFoundException">A property was asked for and the metadata has no such entry.</exception>
    public static SecretValue Select(IReadOnlyDictionary<string, string> metadata, string? property, bool escapeHtml = true)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (string.IsNullOrEmpty(property))
        {
            return SecretValue.FromString(GoJson.MarshalStringMap(metadata, escapeHtml));
        }

        return metadata.TryGetValue(property, out var value)
            ? SecretValue.FromString(value)
            : throw new SecretNotFoundException();
    }
}
