using Ferry.Api.V1;
using Ferry.Providers.Paths;
using Ferry.Providers.Values;
using k8s.Models;

namespace Ferry.Providers.Kubernetes.Reading;

/// <summary>
/// ESO's GetSecret over a Secret already read: without a property, the whole data as JSON (keys sorted, no HTML
/// escaping) or, under metadataPolicy Fetch, its labels and annotations; with one, an exact data key first (so
/// <c>foo.png</c> beats a path into <c>foo</c>), else <c>key.path</c> as a gjson path inside that key's value.
/// </summary>
internal static class SecretReader
{
    private const string Labels = "labels";
    private const string Annotations = "annotations";

    public static SecretValue Read(V1Secret secret, ExternalSecretDataRemoteRef remoteRef)
    {
        var fetchMetadata = MetadataValues.IsFetch(remoteRef);
        if (string.IsNullOrEmpty(remoteRef.Property))
        {
            return SecretValue.FromString(fetchMetadata ? MetadataJson(secret) : DataJson(secret.Data));
        }

        if (fetchMetadata)
        {
            return FromMetadata(secret, remoteRef.Property)
                ?? throw new ProviderException($"property {remoteRef.Property} does not exist in metadata of secret \"{remoteRef.Key}\"");
        }

        return FromData(secret, remoteRef.Property)
            ?? throw new ProviderException($"property {remoteRef.Property} does not exist in data of secret \"{remoteRef.Key}\"");
    }

    /// <summary>The data as ESO's JSONMarshal writes a map of strings: sorted keys, HTML left as it is.</summary>
    public static string DataJson(IDictionary<string, byte[]>? data) =>
        GoJson.MarshalStringMap(AsStrings(data), escapeHtml: false);

    /// <summary>A nil map marshals to <c>null</c> in Go; ESO's JSON keeps that.</summary>
    public static string MapJson(IDictionary<string, string>? map) =>
        map is null ? "null" : GoJson.MarshalStringMap(map.AsReadOnly(), escapeHtml: false);

    private static string MetadataJson(V1Secret secret) =>
        $"{{\"{Annotations}\":{MapJson(secret.Metadata?.Annotations)},\"{Labels}\":{MapJson(secret.Metadata?.Labels)}}}";

    private static Dictionary<string, string> AsStrings(IDictionary<string, byte[]>? data) =>
        data?.ToDictionary(e => e.Key, e => System.Text.Encoding.UTF8.GetString(e.Value ?? []), StringComparer.Ordinal)
            ?? new Dictionary<string, string>(StringComparer.Ordinal);

    private static SecretValue? FromData(V1Secret secret, string property)
    {
        var data = secret.Data;
        if (data is null)
        {
            return null;
        }

        if (data.TryGetValue(property, out var exact))
        {
            return SecretValue.FromBytes(exact ?? []);
        }

        var dot = property.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == property.Length - 1 || !data.TryGetValue(property[..dot], out var value))
        {
            return null;
        }

        var selected = GJson.Get(value ?? [], property[(dot + 1)..]);
        return selected.Exists ? SecretValue.FromString(selected.ToGoString()) : null;
    }

    private static SecretValue? FromMetadata(V1Secret secret, string property)
    {
        var path = property.Split('.');
        var metadata = path[0] switch
        {
            Labels => secret.Metadata?.Labels,
            Annotations => secret.Metadata?.Annotations,
            _ => null,
        };
        if (path[0] is not (Labels or Annotations))
        {
            return null;
        }

        if (path.Length == 1)
        {
            return SecretValue.FromString(MapJson(metadata));
        }

        if (metadata is null || !metadata.TryGetValue(path[1], out var value))
        {
            return null;
        }

        if (path.Length == 2)
        {
            return SecretValue.FromString(value);
        }

        // ESO joins the rest of the path without separators before the gjson lookup; kept for compatibility.
        var selected = GJson.Get(value, string.Concat(path[2..]));
        return selected.Exists ? SecretValue.FromString(selected.ToGoString()) : null;
    }
}
