namespace Ferry.Providers.Aws.Values;

/// <summary>ESO's ownership tag: a pushed secret carries it, and only secrets that carry it are updated or deleted.</summary>
internal static class ManagedTag
{
    public const string Key = "managed-by";
    public const string Value = "external-secrets";

    public const string NotManagedMessage = "secret not managed by external-secrets";

    public static bool IsManaged(IEnumerable<KeyValuePair<string, string>>? tags) =>
        tags?.Any(t => t.Key == Key && t.Value == Value) == true;
}
