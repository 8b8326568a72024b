using Microsoft.Extensions.Logging;

namespace Ferry.Runtime.Diagnostics;

public sealed partial class DiagnosticsServer
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 1400, Level = LogLevel.Warning, Message = "A request to the diagnostics endpoint {Prefix} failed; serving the next one")]
        public static partial void RequestFailed(ILogger logger, string prefix, Exception exception);
    }
}
