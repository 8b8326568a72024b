using Ferry.Runtime.Client;
using Microsoft.Extensions.Logging;

namespace Ferry.Runtime.Leadership;

public sealed partial class LeaderElection
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 1300, Level = LogLevel.Information, Message = "Acquired lease {Lease} as {Identity}")]
        public static partial void Acquired(ILogger logger, string lease, string identity);

        [LoggerMessage(EventId = 1301, Level = LogLevel.Warning, Message = "Lost lease {Lease} held as {Identity}: could not renew in time")]
        public static partial void Lost(ILogger logger, string lease, string identity);

        [LoggerMessage(EventId = 1302, Level = LogLevel.Information, Message = "Released lease {Lease} held as {Identity}")]
        public static partial void Released(ILogger logger, string lease, string identity);

        [LoggerMessage(EventId = 1303, Level = LogLevel.Debug, Message = "Could not acquire or renew lease {Lease} ({Kind})")]
        public static partial void AttemptFailed(ILogger logger, string lease, ApiErrorKind kind, Exception exception);

        [LoggerMessage(EventId = 1304, Level = LogLevel.Warning, Message = "Could not release lease {Lease}")]
        public static partial void ReleaseFailed(ILogger logger, string lease, Exception exception);
    }
}
