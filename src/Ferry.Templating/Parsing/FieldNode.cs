namespace Ferry.Templating.Parsing;

/// <summary>A field chain on dot: <c>.a.b</c> has identifiers [a, b].</summary>
internal sealed class FieldNode(int position, string text) : Node(position)
{
    public string[] Ident { get; } = text[1..].Split('.');

    public override string ToString() => "." + string.Join('.', Ident);
}
