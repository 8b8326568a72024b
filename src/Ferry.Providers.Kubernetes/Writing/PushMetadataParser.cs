using System.Text.Json;

namespace Ferry.Providers.Kubernetes.Writing;

/// <summary>
/// Reads PushSecretData.metadata as ESO's ParseMetadataParameters does: apiVersion
/// <c>kubernetes.external-secrets.io/v1alpha1</c>, kind <c>PushSecretMetadata</c>, a <c>spec</c>, and no unknown fields.
/// </summary>
internal static class PushMetadataParser
{
    public const string ApiVersion = "kubernetes.external-secrets.io/v1alpha1";
    public const string Kind = "PushSecretMetadata";

    private static readonly string[] SpecFields = ["targetMergePolicy", "sourceMergePolicy", "labels", "annotations", "remoteNamespace"];

    public static PushMetadata? Parse(JsonElement? metadata)
    {
        if (metadata is not { } root || root.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Failure("metadata must be an object");
        }

        string? apiVersion = null, kind = null;
        PushMetadata spec = new(null, null, null, null, null);
        foreach (var member in root.EnumerateObject())
        {
            switch (member.Name)
            {
                case "apiVersion":
                    apiVersion = String(member.Value, member.Name);
                    break;
                case "kind":
                    kind = String(member.Value, member.Name);
                    break;
                case "spec":
                    spec = ParseSpec(member.Value);
                    break;
                default:
                    throw Failure($"json: unknown field \"{member.Name}\"");
            }
        }

        if (apiVersion != ApiVersion)
        {
            throw new ProviderException($"unable to parse metadata parameters: unexpected apiVersion \"{apiVersion}\", expected \"{ApiVersion}\"");
        }

        return kind == Kind
            ? spec
            : throw new ProviderException($"unable to parse metadata parameters: unexpected kind \"{kind}\", expected \"{Kind}\"");
    }

    private static PushMetadata ParseSpec(JsonElement spec)
    {
        if (spec.ValueKind == JsonValueKind.Null)
        {
            return new PushMetadata(null, null, null, null, null);
        }

        if (spec.ValueKind != JsonValueKind.Object)
        {
            throw Failure("spec must be an object");
        }

        foreach (var member in spec.EnumerateObject())
        {
            if (!SpecFields.Contains(member.Name, StringComparer.Ordinal))
            {
                throw Failure($"json: unknown field \"{member.Name}\"");
            }
        }

        return new PushMetadata(
            OptionalString(spec, "targetMergePolicy"),
            OptionalString(spec, "sourceMergePolicy"),
            OptionalMap(spec, "labels"),
            OptionalMap(spec, "annotations"),
            OptionalString(spec, "remoteNamespace"));
    }

    private static string? OptionalString(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? String(value, name) : null;

    private static Dictionary<string, string>? OptionalMap(JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw Failure($"{name} must be a map of strings");
        }

        return value.EnumerateObject().ToDictionary(m => m.Name, m => String(m.Value, $"{name}.{m.Name}"), StringComparer.Ordinal);
    }

    private static string String(JsonElement value, string name) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Failure($"{name} must be a string");

    private static ProviderException Failure(string reason) =>
        new($"unable to parse metadata parameters: failed to parse {ApiVersion} {Kind}: {reason}");
}
