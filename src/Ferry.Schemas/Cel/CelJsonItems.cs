using System.Collections;
using System.Text.Json.Nodes;
using Ferry.Schemas.Model;

namespace Ferry.Schemas.Cel;

/// <summary>
/// The items of a JSON array seen from CEL, converted on first access, so reading a large list field costs
/// nothing until its items are used (field access is constant-cost in Kubernetes' cost model too).
/// </summary>
internal sealed class CelJsonItems(JsonArray array, SchemaNode? itemSchema) : IReadOnlyList<object>
{
    private readonly object?[] _converted = new object?[array.Count];

    public int Count => _converted.Length;

    public object this[int index] => _converted[index] ??= CelJson.ToValue(array[index], itemSchema);

    public IEnumerator<object> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
