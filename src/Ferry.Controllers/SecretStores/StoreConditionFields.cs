using Ferry.Api.V1;
using Ferry.Runtime.Status;

namespace Ferry.Controllers.SecretStores;

/// <summary>How <see cref="Conditions"/> reads and writes ESO's store condition shape.</summary>
internal static class StoreConditionFields
{
    public static ConditionFields<StatusCondition> Fields { get; } = new(
        c => c.Type,
        c => c.Status,
        (a, b) => a.Reason == b.Reason && a.Message == b.Message,
        (target, source) =>
        {
            target.Status = source.Status;
            target.Reason = source.Reason;
            target.Message = source.Message;
        },
        (c, now) => c.LastTransitionTime = now);
}
