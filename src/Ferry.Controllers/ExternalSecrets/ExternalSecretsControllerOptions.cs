using Ferry.Runtime.Queues;

namespace Ferry.Controllers.ExternalSecrets;

/// <summary>How the ExternalSecret controller runs; the names in comments are ESO's controller flags.</summary>
public sealed record ExternalSecretsControllerOptions
{
    /// <summary>ExternalSecrets reconciled at once (<c>--concurrent</c>).</summary>
    public int Workers { get; init; } = 1;

    /// <summary>Watch one namespace only (<c>--namespace</c>); null watches every namespace.</summary>
    public string? Namespace { get; init; }

    /// <summary>
    /// ESO writes status.refreshTime on every refresh, even when nothing changed; that write is then the only one of
    /// an unchanged refresh. False skips it too: the status is written only when its condition, binding or
    /// syncedResourceVersion change (refreshTime then tells when the data last changed, not when it was checked).
    /// </summary>
    public bool WriteRefreshTimeOnUnchangedRefresh { get; init; } = true;

    /// <summary>Template delimiters (<c>--template-left-delimiter</c>, <c>--template-right-delimiter</c>).</summary>
    public string TemplateLeftDelimiter { get; init; } = "{{";

    public string TemplateRightDelimiter { get; init; } = "}}";

    /// <summary>List page size of the ExternalSecret and managed-Secret caches.</summary>
    public int? ListPageSize { get; init; } = 500;

    /// <summary>Per-key backoff and the overall token bucket (ESO: 1s base, 7m cap is theirs; Ferry keeps the runtime's).</summary>
    public WorkQueueOptions? Queue { get; init; }
}
