namespace Ferry.Dev;

/// <summary>
/// The rows the live view shows, keyed by kind, namespace and name. Updates report whether anything visible
/// changed, so the views print or redraw only then.
/// </summary>
internal sealed class StatusBoard
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<string, StatusRow> _rows = new(StringComparer.Ordinal);

    /// <summary>Raised after a visible change, with the new row (or the removed one and <c>removed: true</c>).</summary>
    public event Action<StatusRow, bool>? Changed;

    public void Upsert(StatusRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        lock (_gate)
        {
            if (_rows.TryGetValue(row.Key, out var existing) && existing == row)
            {
                return;
            }

            _rows[row.Key] = row;
        }

        Changed?.Invoke(row, false);
    }

    public void Remove(StatusRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        lock (_gate)
        {
            if (!_rows.Remove(row.Key))
            {
                return;
            }
        }

        Changed?.Invoke(row, true);
    }

    public IReadOnlyList<StatusRow> Snapshot()
    {
        lock (_gate)
        {
            return [.. _rows.Values];
        }
    }
}
