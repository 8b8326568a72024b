namespace Ferry.Templating.Eso;

/// <summary>What a template produces for the target Secret: its type, data, labels and annotations.</summary>
public sealed class RenderedSecret
{
    public string? Type { get; set; }

    public SortedDictionary<string, byte[]> Data { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, string> Labels { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, string> Annotations { get; } = new(StringComparer.Ordinal);

    public override string ToString() => $"RenderedSecret(type={Type}, keys={Data.Count})";
}
