using Microsoft.Extensions.Logging;

namespace Ferry.Commands.Run;

/// <summary>Structured logs for `ferry run`: one JSON object per line on stdout, UTC RFC 3339 timestamps, scopes included.</summary>
internal static class OperatorLogging
{
    public static ILoggerFactory Create(LogLevel minimum) => LoggerFactory.Create(builder => builder
        .SetMinimumLevel(minimum)
        .AddJsonConsole(options =>
        {
            options.IncludeScopes = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            options.JsonWriterOptions = new System.Text.Json.JsonWriterOptions { Indented = false };
        }));
}
