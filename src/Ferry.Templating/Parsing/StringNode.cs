using Ferry.Templating.Values;

namespace Ferry.Templating.Parsing;

/// <summary>A string literal: its text as written (with quotes) and its bytes.</summary>
internal sealed class StringNode(int position, string quoted, GoString text) : Node(position)
{
    public string Quoted { get; } = quoted;

    public GoString Text { get; } = text;

    public override string ToString() => Quoted;
}
