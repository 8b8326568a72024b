namespace Ferry.Templating.Execution;

/// <summary>Bounds that keep a hostile or broken template from exhausting the process.</summary>
public sealed record ExecutionLimits
{
    /// <summary>Template-call nesting ({{template}} recursion). Go allows 100000; .NET stacks are smaller.</summary>
    public int MaxTemplateDepth { get; init; } = 1000;

    /// <summary>Bytes of output one execution may produce.</summary>
    public int MaxOutputBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Nodes walked plus range iterations plus elements built by functions, per execution.</summary>
    public long MaxSteps { get; init; } = 10_000_000;

    public static ExecutionLimits Default { get; } = new();
}
