using Ferry.Runtime;
using Microsoft.Extensions.Logging;

namespace Ferry.Controllers.SecretStores;

internal sealed partial class StoreReconciler<TStore>
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 2101, Level = LogLevel.Debug, Message = "Store {Key} belongs to controller class {Class}; skipped")]
        public static partial void OtherClass(ILogger logger, ObjectKey key, string? @class);

        [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "Store {Key} Ready={Ready} ({Reason}): {Detail}")]
        public static partial void ConditionChanged(ILogger logger, ObjectKey key, bool ready, string reason, string detail);

        [LoggerMessage(EventId = 2103, Level = LogLevel.Warning, Message = "Store {Store}: {Warning}")]
        public static partial void StoreWarning(ILogger logger, string store, string warning);
    }
}
