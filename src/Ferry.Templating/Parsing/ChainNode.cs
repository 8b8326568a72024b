using System.Text;

namespace Ferry.Templating.Parsing;

/// <summary>Fields applied to a term that is not dot or a variable: <c>(pipeline).a.b</c>.</summary>
internal sealed class ChainNode(int position, Node node) : Node(position)
{
    public Node Node { get; } = node;

    public List<string> Fields { get; } = [];

    public void Add(string field) => Fields.Add(field.TrimStart('.'));

    public override string ToString()
    {
        var builder = new StringBuilder();
        if (Node is PipeNode)
        {
            builder.Append('(').Append(Node).Append(')');
        }
        else
        {
            builder.Append(Node);
        }

        foreach (var field in Fields)
        {
            builder.Append('.').Append(field);
        }

        return builder.ToString();
    }
}
