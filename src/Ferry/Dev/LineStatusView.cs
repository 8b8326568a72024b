namespace Ferry.Dev;

/// <summary>
/// The view for logs and pipes (stdout is not a terminal): one line per visible change, so CI logs and tests can
/// follow what happened in order.
/// </summary>
internal sealed class LineStatusView : IDisposable
{
    private readonly StatusBoard _board;
    private readonly TextWriter _output;
    private readonly Lock _gate = new();

    public LineStatusView(StatusBoard board, TextWriter output)
    {
        _board = board;
        _output = output;
        board.Changed += OnChanged;
    }

    public void Dispose() => _board.Changed -= OnChanged;

    private void OnChanged(StatusRow row, bool removed)
    {
        lock (_gate)
        {
            _output.WriteLine(StatusTable.Line(row, removed));
            _output.Flush();
        }
    }
}
