using System.Text;

namespace Ferry.Templating.Parsing;

internal sealed class ListNode(int position) : Node(position)
{
    public List<Node> Nodes { get; } = [];

    public override string ToString()
    {
        var builder = new StringBuilder();
        foreach (var node in Nodes)
        {
            builder.Append(node);
        }

        return builder.ToString();
    }
}
