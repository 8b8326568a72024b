using Ferry.Templating.Values;

namespace Ferry.Templating.Parsing;

internal sealed class TextNode(int position, GoString text) : Node(position)
{
    public GoString Text { get; } = text;

    public override string ToString() => Text.ToUtf8String();
}
