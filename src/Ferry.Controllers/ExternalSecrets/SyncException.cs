namespace Ferry.Controllers.ExternalSecrets;

/// <summary>
/// A sync step failed. <see cref="ConditionMessage"/> goes into the Ready condition (ESO's fixed texts, or a store
/// resolution message), <see cref="Exception.Message"/> into the Warning event; neither holds a secret value.
/// <see cref="Terminal"/> failures are not retried until the ExternalSecret changes.
/// </summary>
internal sealed class SyncException(string conditionMessage, string detail, bool terminal = false, Exception? inner = null)
    : Exception(detail, inner)
{
    public string ConditionMessage { get; } = conditionMessage;

    public bool Terminal { get; } = terminal;
}
