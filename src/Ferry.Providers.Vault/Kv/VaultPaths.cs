namespace Ferry.Providers.Vault.Kv;

/// <summary>
/// ESO's buildPath and buildMetadataPath: where a remote key lives on the KV engine. With a mount configured the key
/// is relative to it (a key that repeats the mount, or the mount and <c>data/</c>, is accepted as well); without one
/// the first segment of the key is the mount.
/// </summary>
internal static class VaultPaths
{
    public const string InvalidV2PathMessage = "provided Path isn't a valid kv v2 path";

    public static string Data(VaultSettings settings, string key)
    {
        if (settings.Mount is { } mount)
        {
            return settings.IsV2 ? $"{mount}/data/{StripMount(settings, key)}" : $"{mount}/{StripMount(settings, key)}";
        }

        if (!settings.IsV2 || key.Contains("/data/", StringComparison.Ordinal))
        {
            return key;
        }

        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? key + "/data" : $"{key[..slash]}/data/{key[(slash + 1)..]}";
    }

    /// <exception cref="ProviderException">KV v2 without a mount and a key that does not name its data path.</exception>
    public static string Metadata(VaultSettings settings, string key)
    {
        if (!settings.IsV2)
        {
            return settings.Mount is { } v1Mount ? $"{v1Mount}/{key}" : key;
        }

        if (settings.Mount is { } mount)
        {
            return $"{mount}/metadata/{StripMount(settings, key)}";
        }

        if (!key.Contains("data", StringComparison.Ordinal))
        {
            throw new ProviderException(InvalidV2PathMessage);
        }

        var at = key.IndexOf("/data/", StringComparison.Ordinal);
        return at < 0 ? key : string.Concat(key.AsSpan(0, at), "/metadata/", key.AsSpan(at + "/data/".Length));
    }

    private static string StripMount(VaultSettings settings, string key)
    {
        var prefix = settings.Mount + "/";
        if (!key.StartsWith(prefix, StringComparison.Ordinal))
        {
            return key;
        }

        var rest = key[prefix.Length..];
        return settings.IsV2 && rest.StartsWith("data/", StringComparison.Ordinal) ? rest["data/".Length..] : rest;
    }
}
