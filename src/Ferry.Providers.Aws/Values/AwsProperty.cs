using Ferry.Providers.Paths;

namespace Ferry.Providers.Aws.Values;

/// <summary>
/// remoteRef.property as ESO's AWS providers read it: a gjson path into the value, except that a property with dots
/// is first tried as one literal key (<c>a.b</c> as the member named "a.b"), and a property that selects nothing is
/// an error naming the key, not "secret not found".
/// </summary>
internal static class AwsProperty
{
    public static SecretValue Select(SecretValue payload, string? property, string key)
    {
        if (string.IsNullOrEmpty(property))
        {
            return payload;
        }

        if (property.Contains('.', StringComparison.Ordinal))
        {
            var literal = GJson.Get(payload.Bytes, property.Replace(".", "\\.", StringComparison.Ordinal));
            if (literal.Exists)
            {
                return SecretValue.FromString(literal.ToGoString());
            }
        }

        var selected = GJson.Get(payload.Bytes, property);
        return selected.Exists
            ? SecretValue.FromString(selected.ToGoString())
            : throw new ProviderException($"key {property} does not exist in secret {key}");
    }
}
