namespace Ferry.Runtime.Controllers;

/// <summary>
/// A failure a retry cannot fix (an invalid spec): the controller records it and does not retry the key until
/// it is added again. Write the reason into the object's status first; the message must hold no secret value.
/// </summary>
public sealed class TerminalReconcileException : Exception
{
    public TerminalReconcileException()
    {
    }

    public TerminalReconcileException(string message)
        : base(message)
    {
    }

    public TerminalReconcileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
