namespace Ferry.Providers.Azure.Values;

/// <summary>
/// A remote key as ESO reads it: <c>secret/NAME</c>, <c>key/NAME</c>, <c>cert/NAME</c>, or a bare NAME (a secret).
/// Anything after a second slash is ignored, as in ESO.
/// </summary>
internal readonly record struct AzureObjectRef(string Type, string Name)
{
    public const string Secret = "secret";
    public const string Key = "key";
    public const string Certificate = "cert";

    public static AzureObjectRef Parse(string? remoteKey)
    {
        var key = remoteKey ?? string.Empty;
        var parts = key.Split('/');
        return parts.Length > 1 ? new AzureObjectRef(parts[0], parts[1]) : new AzureObjectRef(Secret, key);
    }

    /// <summary>ESO's message for a prefix it does not know.</summary>
    public string UnknownTypeMessage => $"unknown Azure Keyvault object Type for {Name}";
}
