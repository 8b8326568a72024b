using Ferry.Templating.Execution;
using Ferry.Templating.Functions;

namespace Ferry.Templating;

/// <summary>How a template is parsed (delimiters, functions) and executed (missingkey, redaction, limits).</summary>
public sealed record TemplateOptions
{
    public string LeftDelimiter { get; init; } = "{{";

    public string RightDelimiter { get; init; } = "}}";

    public FunctionLibrary Functions { get; init; } = FunctionLibrary.None;

    public ExecutionSettings Execution { get; init; } = new();

    public static TemplateOptions Default { get; } = new();
}
