using Ferry.Runtime.Client;
using Microsoft.Extensions.Logging;

namespace Ferry.Runtime.Cache;

public sealed partial class Informer<T>
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 1100, Level = LogLevel.Debug, Message = "Listed {Count} {Resource} at version {ResourceVersion}")]
        public static partial void Listed(ILogger logger, string resource, int count, string resourceVersion);

        [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Watch of {Resource} expired at version {ResourceVersion}; relisting")]
        public static partial void Expired(ILogger logger, string resource, string? resourceVersion);

        [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "List or watch of {Resource} failed ({Kind}); retrying in {Delay}")]
        public static partial void Failed(ILogger logger, string resource, ApiErrorKind kind, TimeSpan delay, Exception exception);

        [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "Watch of {Resource} was silent for {Timeout}; reopening it")]
        public static partial void Stalled(ILogger logger, string resource, TimeSpan timeout);

        [LoggerMessage(EventId = 1104, Level = LogLevel.Error, Message = "An event handler of the {Resource} informer failed")]
        public static partial void HandlerFailed(ILogger logger, string resource, Exception exception);
    }
}
