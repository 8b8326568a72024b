using System.Text.Json;
using k8s;
using k8s.Models;

namespace Ferry.Controllers.ExternalSecrets;

/// <summary>
/// What a field manager owns in a Secret, read from <c>metadata.managedFields[].fieldsV1</c> as ESO does before
/// it prunes: the data keys (<c>f:data</c>) and the label and annotation keys (<c>f:metadata</c>).
/// </summary>
internal static class ManagedFieldsOwnership
{
    public static IReadOnlyList<string> DataKeys(V1Secret secret, string manager) => Keys(secret, manager, "f:data");

    public static IReadOnlyList<string> LabelKeys(V1Secret secret, string manager) => Keys(secret, manager, "f:metadata", "f:labels");

    public static IReadOnlyList<string> AnnotationKeys(V1Secret secret, string manager) => Keys(secret, manager, "f:metadata", "f:annotations");

    private static List<string> Keys(V1Secret secret, string manager, params string[] path)
    {
        var keys = new List<string>();
        foreach (var entry in secret.Metadata.ManagedFields ?? [])
        {
            if (entry.Manager != manager || entry.FieldsV1 is null)
            {
                continue;
            }

            var node = entry.FieldsV1 is JsonElement element
                ? element
                : JsonDocument.Parse(KubernetesJson.Serialize(entry.FieldsV1)).RootElement;
            foreach (var step in path)
            {
                if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(step, out node))
                {
                    node = default;
                    break;
                }
            }

            if (node.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            foreach (var property in node.EnumerateObject())
            {
                if (property.Name.StartsWith("f:", StringComparison.Ordinal))
                {
                    keys.Add(property.Name[2..]);
                }
            }
        }

        return keys;
    }
}
