using System.Globalization;
using System.Text.Json.Nodes;
using Ferry.Api.V1;
using Ferry.Runtime.Client;
using Ferry.Runtime.Status;
using k8s.Models;

namespace Ferry.Controllers.ExternalSecrets;

/// <summary>
/// Builds and writes an ExternalSecret's status the way ESO does: one Ready condition whose lastTransitionTime
/// moves only when its status flips (and which is left as it is when nothing changed), refreshTime,
/// syncedResourceVersion and binding. The write is a merge patch of the status subresource, and is skipped when
/// the status is what the cache holds.
/// </summary>
internal static class ExternalSecretStatusWriter
{
    private static readonly ConditionFields<ExternalSecretStatusCondition> Fields = new(
        c => c.Type?.ToString(),
        c => c.Status,
        (a, b) => a.Reason == b.Reason && a.Message == b.Message,
        (target, source) =>
        {
            target.Status = source.Status;
            target.Reason = source.Reason;
            target.Message = source.Message;
        },
        (c, now) => c.LastTransitionTime = Truncate(now));

    /// <summary>A deep copy of the status to change (the cached object is shared).</summary>
    public static ExternalSecretStatus Copy(ExternalSecretStatus? status) => new()
    {
        RefreshTime = status?.RefreshTime,
        SyncedResourceVersion = status?.SyncedResourceVersion,
        Binding = status?.Binding is { } binding ? new LocalObjectReference { Name = binding.Name } : null,
        Conditions = status?.Conditions?.Select(c => new ExternalSecretStatusCondition
        {
            Type = c.Type,
            Status = c.Status,
            Reason = c.Reason,
            Message = c.Message,
            LastTransitionTime = c.LastTransitionTime,
        }).ToList(),
    };

    public static void SetReady(ExternalSecretStatus status, bool ready, string reason, string message, DateTimeOffset now)
    {
        status.Conditions ??= [];
        Conditions.Set(status.Conditions, new ExternalSecretStatusCondition
        {
            Type = ExternalSecretConditionType.Ready,
            Status = ready ? "True" : "False",
            Reason = reason,
            Message = message,
        }, now, Fields);
    }

    public static ExternalSecretStatusCondition? Ready(ExternalSecretStatus? status) =>
        status?.Conditions?.FirstOrDefault(c => c.Type == ExternalSecretConditionType.Ready);

    /// <summary>Writes the status when it differs from <paramref name="externalSecret"/>'s; returns the written object, or null.</summary>
    public static async Task<ExternalSecret?> WriteIfChangedAsync(IKubeClient client, ExternalSecret externalSecret, ExternalSecretStatus desired, CancellationToken cancellationToken)
    {
        if (!Differs(externalSecret.Status, desired))
        {
            return null;
        }

        var patch = new JsonObject { ["status"] = ToJson(desired) };
        return await client.PatchStatusAsync<ExternalSecret>(
            ResourceType.For<ExternalSecret>(),
            externalSecret.Metadata.NamespaceProperty,
            externalSecret.Metadata.Name,
            new V1Patch(patch.ToJsonString(), V1Patch.PatchType.MergePatch),
            null,
            cancellationToken);
    }

    public static bool Differs(ExternalSecretStatus? current, ExternalSecretStatus desired) =>
        !JsonNode.DeepEquals(ToJson(current), ToJson(desired));

    public static DateTimeOffset Truncate(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    // The whole status, absent fields as explicit nulls, so the merge patch also clears what went away.
    private static JsonObject ToJson(ExternalSecretStatus? status) => new()
    {
        ["binding"] = status?.Binding is { } binding ? new JsonObject { ["name"] = binding.Name ?? "" } : null,
        ["conditions"] = status?.Conditions is { Count: > 0 } conditions
            ? new JsonArray([.. conditions.Select(c => (JsonNode)new JsonObject
            {
                ["type"] = c.Type?.ToString(),
                ["status"] = c.Status,
                ["reason"] = c.Reason,
                ["message"] = c.Message,
                ["lastTransitionTime"] = c.LastTransitionTime is { } t ? Format(t) : null,
            })])
            : null,
        ["refreshTime"] = status?.RefreshTime is { } refresh ? Format(refresh) : null,
        ["syncedResourceVersion"] = status?.SyncedResourceVersion,
    };

    private static string Format(DateTimeOffset time) =>
        Truncate(time).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
