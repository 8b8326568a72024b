using System.Collections;

namespace Ferry.Runtime.Controllers;

/// <summary>The log scope of one reconcile: structured fields for log sinks, one readable line for text logs.</summary>
internal sealed record ReconcileScope(string Controller, string ReconcileId, string Key) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public int Count => 3;

    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => new("Controller", Controller),
        1 => new("ReconcileId", ReconcileId),
        2 => new("Key", Key),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"{Controller} {Key} reconcileID={ReconcileId}";
}
