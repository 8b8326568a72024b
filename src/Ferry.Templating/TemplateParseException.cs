namespace Ferry.Templating;

/// <summary>The template text is not a valid template (Go's parse error).</summary>
public sealed class TemplateParseException(string message) : TemplateException(message);
