namespace Ferry.Templating.Parsing;

internal sealed class CommentNode(int position, string text) : Node(position)
{
    public string Text { get; } = text;

    public override string ToString() => "{{" + Text + "}}";
}
