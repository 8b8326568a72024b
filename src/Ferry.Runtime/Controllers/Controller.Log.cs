using Microsoft.Extensions.Logging;

namespace Ferry.Runtime.Controllers;

public sealed partial class Controller<TKey>
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 1200, Level = LogLevel.Information, Message = "Controller {Controller} starting {Workers} workers")]
        public static partial void Starting(ILogger logger, string controller, int workers);

        [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "Controller {Controller} stopped")]
        public static partial void Stopped(ILogger logger, string controller);

        [LoggerMessage(EventId = 1202, Level = LogLevel.Warning, Message = "Controller {Controller} cancelled reconciles still running after {Timeout}")]
        public static partial void ShutdownTimedOut(ILogger logger, string controller, TimeSpan timeout);

        [LoggerMessage(EventId = 1203, Level = LogLevel.Error, Message = "Reconcile failed; retrying in {Delay}")]
        public static partial void Failed(ILogger logger, TimeSpan delay, Exception exception);

        [LoggerMessage(EventId = 1204, Level = LogLevel.Error, Message = "Reconcile failed terminally; not retrying until the object changes")]
        public static partial void Terminal(ILogger logger, Exception exception);
    }
}
