using Microsoft.Extensions.Logging;

namespace Ferry.Runtime.Events;

public sealed partial class QueuedEventRecorder
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 1400, Level = LogLevel.Warning, Message = "Dropped {Count} events of {Recorder}: recorded while it was stopping or while their caller was cancelled")]
        public static partial void Dropped(ILogger logger, string recorder, long count);

        [LoggerMessage(EventId = 1401, Level = LogLevel.Warning, Message = "Writing a {Reason} event of {Recorder} failed")]
        public static partial void WriteFailed(ILogger logger, string recorder, string reason, Exception exception);

        [LoggerMessage(EventId = 1402, Level = LogLevel.Warning, Message = "Events of {Recorder} still queued after {Timeout} were not written")]
        public static partial void FlushTimedOut(ILogger logger, string recorder, TimeSpan timeout);
    }
}
