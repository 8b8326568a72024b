using Ferry.Templating.Execution;
using Ferry.Templating.Parsing;
using Ferry.Templating.Values;

namespace Ferry.Templating;

/// <summary>
/// A parsed Go text/template with the templates it defines. Immutable after parsing, so one instance can be
/// executed concurrently and cached by content.
/// </summary>
public sealed class GoTemplate
{
    private readonly Dictionary<string, Tree> _trees;

    private GoTemplate(string name, Dictionary<string, Tree> trees, TemplateOptions options)
    {
        Name = name;
        _trees = trees;
        Options = options;
    }

    public string Name { get; }

    public TemplateOptions Options { get; }

    /// <summary>Names of every template in the set (the top one and those made by define or block).</summary>
    public IReadOnlyCollection<string> TemplateNames => _trees.Keys;

    /// <summary>Parses template text; throws <see cref="TemplateParseException"/> with Go's message.</summary>
    public static GoTemplate Parse(string name, string text, TemplateOptions? options = null)
    {
        options ??= TemplateOptions.Default;
        var trees = new Dictionary<string, Tree>(StringComparer.Ordinal);
        Parser.Parse(name, text, options.LeftDelimiter, options.RightDelimiter, options.Functions.Contains, trees);
        return new GoTemplate(name, trees, options);
    }

    /// <summary>
    /// Executes the template against data in the engine's value model (<see cref="GoMap"/>, <see cref="GoList"/>,
    /// <see cref="GoString"/>, long, double, bool, null); see <see cref="TemplateData"/> for conversions.
    /// Throws <see cref="TemplateExecutionException"/> with Go's message.
    /// </summary>
    public GoString Execute(object? data, ExecutionSettings? settings = null)
    {
        var output = new ByteBuilder();
        Execute(data, output, settings);
        return output.ToGoString();
    }

    public void Execute(object? data, ByteBuilder output, ExecutionSettings? settings = null)
    {
        if (!_trees.TryGetValue(Name, out var tree))
        {
            throw new TemplateExecutionException($"template: {Name}: \"{Name}\" is an incomplete or empty template");
        }

        Executor.Execute(_trees, tree, Options.Functions, settings ?? Options.Execution, data, output);
    }
}
