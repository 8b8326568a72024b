namespace Ferry.Templating.Eso;

/// <summary>
/// ESO's spec.target.template in Ferry.Templating's own terms (the controller and `ferry render` map the API
/// types onto it): the Secret type, metadata templates, the merge policy, data templates and templateFrom.
/// </summary>
public sealed record SecretTemplate
{
    public string? Type { get; init; }

    /// <summary>Only "v2" is supported, as in ESO 2.9; empty means v2.</summary>
    public string? EngineVersion { get; init; }

    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> Annotations { get; init; } = new Dictionary<string, string>();

    public MergePolicy MergePolicy { get; init; } = MergePolicy.Replace;

    public IReadOnlyDictionary<string, string> Data { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<TemplateFromEntry> TemplateFrom { get; init; } = [];
}
