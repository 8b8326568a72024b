using System.Text;

namespace Ferry.Templating.Parsing;

/// <summary>One command of a pipeline: an operand or function name followed by arguments.</summary>
internal sealed class CommandNode(int position) : Node(position)
{
    public List<Node> Args { get; } = [];

    public override string ToString()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < Args.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            if (Args[i] is PipeNode)
            {
                builder.Append('(').Append(Args[i]).Append(')');
            }
            else
            {
                builder.Append(Args[i]);
            }
        }

        return builder.ToString();
    }
}
