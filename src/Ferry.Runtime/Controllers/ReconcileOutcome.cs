namespace Ferry.Runtime.Controllers;

/// <summary>The result label of <c>controller_runtime_reconcile_total</c>.</summary>
internal static class ReconcileOutcome
{
    public const string Success = "success";
    public const string RequeueAfter = "requeue_after";
    public const string Error = "error";
    public const string TerminalError = "terminal_error";
}
