namespace Ferry.Templating;

/// <summary>Executing the template failed (Go's ExecError).</summary>
public sealed class TemplateExecutionException(string message) : TemplateException(message);
