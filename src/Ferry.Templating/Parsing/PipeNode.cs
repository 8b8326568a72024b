using System.Text;

namespace Ferry.Templating.Parsing;

/// <summary>A pipeline: optional variable declarations or assignments, then commands joined by '|'.</summary>
internal sealed class PipeNode(int position, int line) : Node(position)
{
    public int Line { get; } = line;

    public bool IsAssign { get; set; }

    public List<VariableNode> Declarations { get; } = [];

    public List<CommandNode> Commands { get; } = [];

    public override string ToString()
    {
        var builder = new StringBuilder();
        if (Declarations.Count > 0)
        {
            builder.AppendJoin(", ", Declarations);
            builder.Append(" := ");
        }

        builder.AppendJoin(" | ", Commands);
        return builder.ToString();
    }
}
