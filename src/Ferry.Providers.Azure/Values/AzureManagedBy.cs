namespace Ferry.Providers.Azure.Values;

/// <summary>ESO's ownership tag: only objects carrying managed-by=external-secrets are overwritten or deleted.</summary>
internal static class AzureManagedBy
{
    public const string TagName = "managed-by";
    public const string TagValue = "external-secrets";

    public static bool IsManaged(IDictionary<string, string>? tags) =>
        tags is not null && tags.TryGetValue(TagName, out var value) && value == TagValue;

    /// <summary>managed-by plus the metadata's tags (which cannot override it).</summary>
    public static Dictionary<string, string> Tags(IReadOnlyDictionary<string, string> extra)
    {
        var tags = new Dictionary<string, string>(extra, StringComparer.Ordinal) { [TagName] = TagValue };
        return tags;
    }
}
