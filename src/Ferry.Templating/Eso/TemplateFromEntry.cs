namespace Ferry.Templating.Eso;

/// <summary>One templateFrom entry: ConfigMap items, then Secret items, then a literal, applied to one target.</summary>
public sealed record TemplateFromEntry
{
    public TemplateSourceReference? ConfigMap { get; init; }

    public TemplateSourceReference? Secret { get; init; }

    /// <summary>A KeysAndValues template written inline.</summary>
    public string? Literal { get; init; }

    /// <summary>Data (default), Annotations or Labels, matched case-insensitively.</summary>
    public string Target { get; init; } = "Data";

    public ValuesDecodingStrategy ValuesDecodingStrategy { get; init; } = ValuesDecodingStrategy.None;
}
