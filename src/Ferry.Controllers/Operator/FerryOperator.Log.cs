using Microsoft.Extensions.Logging;

namespace Ferry.Controllers.Operator;

public sealed partial class FerryOperator
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 2901, Level = LogLevel.Information, Message = "Operator started (controller class {ControllerClass}, leader election {LeaderElection})")]
        public static partial void Started(ILogger logger, string controllerClass, bool leaderElection);

        [LoggerMessage(EventId = 2902, Level = LogLevel.Information, Message = "Operator stopped: {Reason}")]
        public static partial void StoppedWith(ILogger logger, string reason);
    }
}
