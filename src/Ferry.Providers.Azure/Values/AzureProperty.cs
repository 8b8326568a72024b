using Ferry.Providers.Paths;

namespace Ferry.Providers.Azure.Values;

/// <summary>
/// remoteRef.property on a secret value or key JWK, as ESO's getProperty: a gjson path, and when it selects nothing
/// and contains dots, the same path with the dots escaped (so a member literally named "a.b" is found).
/// </summary>
internal static class AzureProperty
{
    /// <exception cref="ProviderException">The property selects nothing; not a not-found, as in ESO.</exception>
    public static SecretValue Select(string json, string? property, string key)
    {
        if (string.IsNullOrEmpty(property))
        {
            return SecretValue.FromString(json);
        }

        var result = GJson.Get(json, property);
        if (result.Exists)
        {
            return SecretValue.FromString(result.ToGoString());
        }

        if (property.Contains('.', StringComparison.Ordinal))
        {
            var escaped = GJson.Get(json, property.Replace(".", "\\.", StringComparison.Ordinal));
            if (escaped.Exists)
            {
                return SecretValue.FromString(escaped.ToGoString());
            }
        }

        throw new ProviderException($"property {property} does not exist in key {key}");
    }
}
