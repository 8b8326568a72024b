namespace Ferry.Templating.Values;

/// <summary>
/// A Go map with string keys (<c>map[string]interface {}</c> or <c>map[string]string</c>). Go iterates and prints
/// maps in sorted key order, so <see cref="SortedKeys"/> is how the engine walks one.
/// </summary>
public sealed class GoMap
{
    public GoMap(GoType type)
        : this(type, [])
    {
    }

    public GoMap(GoType type, Dictionary<GoString, object?> entries)
    {
        Type = type;
        Entries = entries;
    }

    public GoType Type { get; }

    public Dictionary<GoString, object?> Entries { get; }

    public int Count => Entries.Count;

    /// <summary>The zero value of the element type, which <c>index</c> yields for a missing key.</summary>
    public object? ZeroElement => GoValues.ZeroOf(Type.Element ?? GoType.Any);

    public static GoMap OfAny() => new(GoType.MapOfAny);

    public static GoMap OfStrings(IEnumerable<KeyValuePair<string, GoString>> entries)
    {
        var map = new GoMap(GoType.MapOfString);
        foreach (var (key, value) in entries)
        {
            map.Entries[GoString.FromUtf8(key)] = value;
        }

        return map;
    }

    public bool TryGet(GoString key, out object? value) => Entries.TryGetValue(key, out value);

    public object? this[string key]
    {
        set => Entries[GoString.FromUtf8(key)] = value;
    }

    public List<GoString> SortedKeys()
    {
        var keys = new List<GoString>(Entries.Keys);
        keys.Sort();
        return keys;
    }

    public override string ToString() => $"{Type.Name}(len={Entries.Count})";
}
