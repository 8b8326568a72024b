namespace Ferry.Schemas.Cel;

/// <summary>A map built by a CEL map literal.</summary>
internal sealed class CelMap : ICelMap
{
    private readonly List<KeyValuePair<object, object>> _entries = [];

    public int Count => _entries.Count;

    public IEnumerable<object> Keys => _entries.Select(e => e.Key);

    public void Add(object key, object value)
    {
        if (TryGet(key, out _))
        {
            throw new CelEvalException($"Failed with repeated key: {CelValues.Display(key)}");
        }

        _entries.Add(new KeyValuePair<object, object>(key, value));
    }

    public bool TryGet(object key, out object value)
    {
        foreach (var entry in _entries)
        {
            if (CelValues.Equal(entry.Key, key))
            {
                value = entry.Value;
                return true;
            }
        }

        value = CelNull.Instance;
        return false;
    }

    public bool TryGetField(string name, out object value) => TryGet(name, out value);
}
