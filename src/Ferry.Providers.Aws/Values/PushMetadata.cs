using System.Text.Json;

namespace Ferry.Providers.Aws.Values;

/// <summary>
/// A PushSecret entry's provider metadata (<c>kind: PushSecretMetadata</c>, fields under <c>spec</c>; a bare object
/// of the same fields is accepted too, as older manifests wrote it) with the fields the AWS services use.
/// </summary>
internal sealed record PushMetadata(
    string SecretPushFormat,
    string? KmsKeyId,
    string? Description,
    IReadOnlyDictionary<string, string> Tags,
    string SecretType,
    string? Tier)
{
    public static PushMetadata Default { get; } = new("binary", null, null, new Dictionary<string, string>(), "String", null);

    public static PushMetadata Parse(JsonElement? metadata)
    {
        if (metadata is not { ValueKind: JsonValueKind.Object } root)
        {
            return Default;
        }

        var spec = root.TryGetProperty("spec", out var inner) && inner.ValueKind == JsonValueKind.Object ? inner : root;
        var format = Text(spec, "secretPushFormat") ?? "binary";
        if (format is not ("binary" or "string"))
        {
            throw new ProviderException($"invalid secretPushFormat {format}: must be string or binary");
        }

        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (spec.TryGetProperty("tags", out var tagObject) && tagObject.ValueKind == JsonValueKind.Object)
        {
            foreach (var tag in tagObject.EnumerateObject())
            {
                tags[tag.Name] = tag.Value.ValueKind == JsonValueKind.String ? tag.Value.GetString()! : tag.Value.GetRawText();
            }
        }

        if (tags.ContainsKey(ManagedTag.Key))
        {
            throw new ProviderException($"{ManagedTag.Key} is a reserved tag and cannot be set in metadata");
        }

        var tier = spec.TryGetProperty("tier", out var tierObject) && tierObject.ValueKind == JsonValueKind.Object ? Text(tierObject, "type") : null;
        return new PushMetadata(format, Text(spec, "kmsKeyID"), Text(spec, "description"), tags, Text(spec, "secretType") ?? "String", tier);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
