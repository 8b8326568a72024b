using System.Text.Json.Nodes;
using Ferry.Schemas.Model;

namespace Ferry.Schemas.Cel;

/// <summary>A JSON object seen from CEL: its values convert on access, typed by the schema.</summary>
internal sealed class CelJsonMap(JsonObject json, SchemaNode? schema) : ICelMap
{
    public int Count => json.Count;

    public IEnumerable<object> Keys => json.Select(p => (object)p.Key);

    public bool TryGet(object key, out object value)
    {
        if (key is string name && json.TryGetPropertyValue(name, out var node))
        {
            value = CelJson.ToValue(node, schema?.PropertyOrAdditional(name));
            return true;
        }

        value = CelNull.Instance;
        return false;
    }

    public bool TryGetField(string name, out object value) =>
        TryGet(schema is { Properties.Count: > 0 } ? CelNames.Unescape(name) : name, out value);
}
