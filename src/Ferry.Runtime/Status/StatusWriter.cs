using System.Text.Json.Nodes;
using Ferry.Runtime.Client;
using k8s;
using k8s.Models;

namespace Ferry.Runtime.Status;

/// <summary>
/// Writes an object's status subresource only when the status differs from what the cache holds, so steady-state
/// reconciles cost no API writes.
/// </summary>
public static class StatusWriter
{
    /// <summary>
    /// Updates the status when <paramref name="desired"/>'s status differs from <paramref name="current"/>'s;
    /// returns the written object, or null when nothing changed.
    /// </summary>
    public static async Task<T?> UpdateIfChangedAsync<T>(IKubeClient client, ResourceType type, T current, T desired, CancellationToken cancellationToken)
        where T : class, IKubernetesObject<V1ObjectMeta>
    {
        ArgumentNullException.ThrowIfNull(client);
        if (!StatusDiffers(current, desired))
        {
            return null;
        }

        return await client.UpdateStatusAsync(type, desired, cancellationToken);
    }

    /// <summary>Compares the two objects' <c>status</c> as JSON, so dictionaries and lists compare by content.</summary>
    public static bool StatusDiffers<T>(T current, T desired)
    {
        var before = JsonNode.Parse(KubernetesJson.Serialize(current))?["status"];
        var after = JsonNode.Parse(KubernetesJson.Serialize(desired))?["status"];
        return !JsonNode.DeepEquals(before, after);
    }
}
