namespace Ferry.Templating.Values;

/// <summary>A Go slice: a typed list of values (<c>[]interface {}</c>, <c>[]string</c>, ...).</summary>
public sealed class GoList
{
    public GoList(GoType type, List<object?> items)
    {
        Type = type;
        Items = items;
    }

    public GoType Type { get; }

    public List<object?> Items { get; }

    public int Count => Items.Count;

    public static GoList OfAny(IEnumerable<object?> items) => new(GoType.ListOfAny, [.. items]);

    public static GoList OfStrings(IEnumerable<GoString> items) => new(GoType.ListOfString, [.. items]);

    public override string ToString() => $"{Type.Name}(len={Items.Count})";
}
