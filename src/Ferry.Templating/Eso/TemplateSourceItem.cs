namespace Ferry.Templating.Eso;

/// <summary>One key of a ConfigMap or Secret used as a template, and how to apply it.</summary>
public sealed record TemplateSourceItem(string Key, TemplateScope TemplateAs = TemplateScope.Values);
