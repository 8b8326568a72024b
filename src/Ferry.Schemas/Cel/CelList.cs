namespace Ferry.Schemas.Cel;

/// <summary>A CEL list value.</summary>
internal sealed class CelList(IReadOnlyList<object> items)
{
    public IReadOnlyList<object> Items { get; } = items;
}
