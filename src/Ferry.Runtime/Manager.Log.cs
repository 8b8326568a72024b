using Microsoft.Extensions.Logging;

namespace Ferry.Runtime;

public sealed partial class Manager
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Starting {Count} leader-elected runnables")]
        public static partial void StartingControllers(ILogger logger, int count);

        [LoggerMessage(EventId = 1001, Level = LogLevel.Error, Message = "Leadership lost; stopping")]
        public static partial void LeadershipLost(ILogger logger);
    }
}
