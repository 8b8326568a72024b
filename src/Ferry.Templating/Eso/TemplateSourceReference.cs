namespace Ferry.Templating.Eso;

/// <summary>A ConfigMap or Secret (by name, in the ExternalSecret's namespace) whose items are templates.</summary>
public sealed record TemplateSourceReference(string Name, IReadOnlyList<TemplateSourceItem> Items);
