namespace Ferry.Controllers.SecretStores;

/// <summary>
/// What one validation concluded: the Ready condition to write, the capabilities (when the store validated), and
/// whether the failure is worth a retry with backoff (a client or backend error) rather than waiting for a spec change.
/// </summary>
internal sealed record StoreVerdict(bool Ready, string Reason, string Message, string? Capabilities, bool Retry = false)
{
    public static StoreVerdict Invalid(string message, bool retry) =>
        new(false, StoreConditionReasons.InvalidProviderConfig, message, null, retry);
}
