using System.Text.Json;
using Ferry.Api.V1;
using Ferry.Providers.Paths;
using Ferry.Providers.Values;
using k8s.Models;

namespace Ferry.Providers.Kubernetes.Reading;

/// <summary>
/// ESO's GetSecretMap over a Secret already read: the data map itself (or, under metadataPolicy Fetch, labels and
/// annotations as JSON). With a property, the selected value is decoded as a JSON object and each member becomes a
/// key holding that member re-marshalled as JSON, so string members keep their quotes: ESO does exactly this.
/// </summary>
internal static class SecretMapReader
{
    public static IReadOnlyDictionary<string, SecretValue> Read(V1Secret secret, ExternalSecretDataRemoteRef remoteRef)
    {
        var map = MetadataValues.IsFetch(remoteRef)
            ? new Dictionary<string, SecretValue>(StringComparer.Ordinal)
            {
                ["labels"] = SecretValue.FromString(SecretReader.MapJson(secret.Metadata?.Labels)),
                ["annotations"] = SecretValue.FromString(SecretReader.MapJson(secret.Metadata?.Annotations)),
            }
            : (secret.Data ?? new Dictionary<string, byte[]>()).ToDictionary(
                e => e.Key, e => SecretValue.FromBytes(e.Value ?? []), StringComparer.Ordinal);

        return string.IsNullOrEmpty(remoteRef.Property) ? map : SelectProperty(remoteRef.Key, remoteRef.Property, map);
    }

    private static Dictionary<string, SecretValue> SelectProperty(
        string key, string property, Dictionary<string, SecretValue> map)
    {
        // ESO marshals the map of byte slices (so each value is base64 text) and runs gjson over that document.
        var document = GoJson.MarshalStringMap(
            map.ToDictionary(e => e.Key, e => Convert.ToBase64String(e.Value.Bytes.Span), StringComparer.Ordinal),
            escapeHtml: false);
        var selected = property.Contains('.', StringComparison.Ordinal)
            ? GJson.Get(document, property.Replace(".", "\\.", StringComparison.Ordinal))
            : GJsonResult.Missing;
        if (!selected.Exists)
        {
            selected = GJson.Get(document, property);
        }

        if (!selected.Exists)
        {
            throw new ProviderException($"property {property} does not exist in key {key}");
        }

        byte[] decoded;
        try
        {
            decoded = Convert.FromBase64String(selected.ToGoString());
        }
        catch (FormatException)
        {
            throw new ProviderException("illegal base64 data");
        }

        return ExpandObject(decoded);
    }

    private static Dictionary<string, SecretValue> ExpandObject(byte[] json)
    {
        try
        {
            using var parsed = JsonDocument.Parse(json);
            if (parsed.RootElement.ValueKind == JsonValueKind.Null)
            {
                return new Dictionary<string, SecretValue>(StringComparer.Ordinal);
            }

            if (parsed.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ProviderException("failed to unmarshal secret: invalid JSON format");
            }

            var result = new Dictionary<string, SecretValue>(StringComparer.Ordinal);
            foreach (var member in parsed.RootElement.EnumerateObject())
            {
                result[member.Name] = SecretValue.FromString(GoJsonValue.Marshal(member.Value, escapeHtml: false));
            }

            return result;
        }
        catch (JsonException)
        {
            // The parser's message may quote the secret; say what failed, not where in the value.
            throw new ProviderException("failed to unmarshal secret: invalid JSON format");
        }
    }
}
