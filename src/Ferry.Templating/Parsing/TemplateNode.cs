using Ferry.Templating.Formatting;
using Ferry.Templating.Values;

namespace Ferry.Templating.Parsing;

/// <summary>{{template "name" pipeline}}.</summary>
internal sealed class TemplateNode(int position, int line, string name, PipeNode? pipe) : Node(position)
{
    public int Line { get; } = line;

    public string Name { get; } = name;

    public PipeNode? Pipe { get; } = pipe;

    public override string ToString()
    {
        var quoted = new ByteBuilder();
        GoQuote.AppendQuoted(quoted, GoString.FromUtf8(Name).Span, (byte)'"', false);
        var text = "{{template " + quoted.ToGoString().ToUtf8String();
        if (Pipe is not null)
        {
            text += " " + Pipe;
        }

        return text + "}}";
    }
}
