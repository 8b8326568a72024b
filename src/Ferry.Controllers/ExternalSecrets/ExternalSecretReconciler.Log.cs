using Microsoft.Extensions.Logging;

namespace Ferry.Controllers.ExternalSecrets;

internal sealed partial class ExternalSecretReconciler
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 2000, Level = LogLevel.Debug, Message = "Skipped {Namespace}/{Name}: no refresh due and the target Secret is valid")]
        public static partial void Skipped(ILogger logger, string? @namespace, string name);

        [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Synced {Namespace}/{Name} into Secret {Secret} ({Action})")]
        public static partial void Synced(ILogger logger, string? @namespace, string name, string secret, string action);

        [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Sync of {Namespace}/{Name} failed: {Detail}")]
        public static partial void SyncFailed(ILogger logger, string? @namespace, string name, string detail);

        [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Deleted Secret {Secret} of {Namespace}/{Name}: {Why}")]
        public static partial void Deleted(ILogger logger, string? @namespace, string name, string secret, string why);

        [LoggerMessage(EventId = 2004, Level = LogLevel.Debug, Message = "Skipped {Namespace}/{Name}: {Why}")]
        public static partial void Unmanaged(ILogger logger, string? @namespace, string name, string why);

        [LoggerMessage(EventId = 2005, Level = LogLevel.Debug, Message = "Write of {Namespace}/{Name}'s Secret met a conflict; retrying soon")]
        public static partial void Conflict(ILogger logger, string? @namespace, string name);
    }
}
