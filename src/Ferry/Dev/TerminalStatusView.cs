using System.Text;

namespace Ferry.Dev;

/// <summary>
/// The view for a terminal: redraws the whole screen (the banner, then the tables) after each change. Changes
/// that arrive together (a burst of syncs) are drawn once: a redraw waits a short settle time after the first.
/// </summary>
internal sealed class TerminalStatusView : IDisposable
{
    private const string ClearScreen = "\u001b[H\u001b[2J\u001b[3J";
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(100);

    private readonly StatusBoard _board;
    private readonly TextWriter _output;
    private readonly Func<IReadOnlyList<string>> _banner;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _dirty = new(0, 1);

    public TerminalStatusView(StatusBoard board, TextWriter output, Func<IReadOnlyList<string>> banner, TimeProvider time)
    {
        _board = board;
        _output = output;
        _banner = banner;
        _time = time;
        board.Changed += OnChanged;
    }

    /// <summary>Draws now, then after every change until cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                Draw();
                await _dirty.WaitAsync(cancellationToken);
                await Task.Delay(Settle, _time, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C: leave the last table on screen.
        }
    }

    public void Dispose()
    {
        _board.Changed -= OnChanged;
        _dirty.Dispose();
    }

    private void OnChanged(StatusRow row, bool removed)
    {
        if (_dirty.CurrentCount == 0)
        {
            try
            {
                _dirty.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another change marked the screen dirty first; one redraw covers both.
            }
        }
    }

    private void Draw()
    {
        var screen = new StringBuilder(ClearScreen);
        foreach (var line in _banner())
        {
            screen.Append(line).Append('\n');
        }

        screen.Append('\n').Append(StatusTable.Format(_board.Snapshot()));
        _output.Write(screen.ToString());
        _output.Flush();
    }
}
