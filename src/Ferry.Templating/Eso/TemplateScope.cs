namespace Ferry.Templating.Eso;

/// <summary>How a template source is applied (ESO's templateAs).</summary>
public enum TemplateScope
{
    /// <summary>Each entry is one template: the key is literal, the value is rendered.</summary>
    Values,

    /// <summary>The whole text is rendered once and the output is read as a YAML map of keys to values.</summary>
    KeysAndValues,
}
