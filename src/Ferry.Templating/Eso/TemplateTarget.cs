namespace Ferry.Templating.Eso;

/// <summary>Where rendered values go in a Secret.</summary>
public enum TemplateTarget
{
    Data,
    Labels,
    Annotations,
}
