using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Ferry.Runtime.Tests;

/// <summary>Keeps every message with the scopes that were open when it was written.</summary>
internal sealed class RecordingLogger : ILogger
{
    private readonly AsyncLocal<ImmutableStack?> _scopes = new();

    public ConcurrentQueue<(LogLevel Level, string Message, IReadOnlyList<object> Scopes, Exception? Exception)> Entries { get; } = new();

    public IDisposable BeginScope<TState>(TState state)
        where TState : notnull
    {
        var previous = _scopes.Value;
        _scopes.Value = new ImmutableStack(state, previous);
        return new Pop(() => _scopes.Value = previous);
    }

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var scopes = new List<object>();
        for (var scope = _scopes.Value; scope is not null; scope = scope.Next)
        {
            scopes.Add(scope.State);
        }

        Entries.Enqueue((logLevel, formatter(state, exception), scopes, exception));
    }

    private sealed record ImmutableStack(object State, ImmutableStack? Next);

    private sealed class Pop(Action pop) : IDisposable
    {
        public void Dispose() => pop();
    }
}
