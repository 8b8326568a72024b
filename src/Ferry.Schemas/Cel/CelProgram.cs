using System.Text;

namespace Ferry.Schemas.Cel;

/// <summary>
/// A parsed and type-checked CEL expression, ready to evaluate against bound variables.
/// </summary>
/// <remarks>
/// Ferry carries its own small CEL implementation instead of the NuGet <c>Cel</c> package (0.3.3, evaluated for this
/// purpose): that package evaluates dynamically with no type checker (Kubernetes reports undefined fields and bad
/// overloads when the CRD is created), has no cost accounting (a hostile rule must stop at Kubernetes' per-call
/// limit), lacks the Kubernetes extension functions, binds values through protobuf descriptors rather than JSON with
/// schema types, and would pull Antlr and Protobuf into an assembly meant to need only the base class library.
/// </remarks>
internal sealed class CelProgram
{
    private CelProgram(string text, CelNode root, CelType resultType)
    {
        Text = text;
        Root = root;
        ResultType = resultType;
    }

    public string Text { get; }

    public CelNode Root { get; }

    public CelType ResultType { get; }

    /// <summary>
    /// Parses and checks <paramref name="text"/> with the given variable types. Throws
    /// <see cref="CelCompileException"/> whose message is cel-go's report: <c>ERROR: &lt;input&gt;:1:5: ...</c>
    /// followed by the source line and a caret.
    /// </summary>
    public static CelProgram Compile(string text, IReadOnlyDictionary<string, CelType> variables)
    {
        try
        {
            var root = CelParser.Parse(text);
            var type = new CelChecker(new Dictionary<string, CelType>(variables, StringComparer.Ordinal)).Check(root);
            return new CelProgram(text, root, type);
        }
        catch (CelCompileException e)
        {
            throw new CelCompileException(Report(text, e.Message, e.Position), e);
        }
    }

    /// <summary>Whether the expression mentions the variable (a rule using oldSelf is a transition rule).</summary>
    public bool References(string variable) => References(Root, variable);

    public object Evaluate(CelInterpreter interpreter, CelScope? scope) => interpreter.Evaluate(Root, scope);

    private static bool References(CelNode node, string variable) =>
        (node.Kind == CelNodeKind.Identifier && node.Name == variable)
        || (node.Target is not null && References(node.Target, variable))
        || node.Args.Any(a => References(a, variable));

    private static string Report(string text, string message, int position)
    {
        if (position < 0)
        {
            return $"ERROR: <input>:1:1: {message}";
        }

        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < position && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        var lineEnd = text.IndexOf('\n', lineStart);
        var source = lineEnd < 0 ? text[lineStart..] : text[lineStart..lineEnd];
        var column = position - lineStart;
        var report = new StringBuilder();
        report.Append("ERROR: <input>:").Append(line).Append(':').Append(column + 1).Append(": ").Append(message);
        report.Append("\n | ").Append(source);
        report.Append("\n | ").Append('.', column).Append('^');
        return report.ToString();
    }
}
