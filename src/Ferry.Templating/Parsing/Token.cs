using Ferry.Templating.Formatting;
using Ferry.Templating.Values;

namespace Ferry.Templating.Parsing;

/// <summary>One lexical item: its kind, its text, and where it starts (character offset and 1-based line).</summary>
internal readonly record struct Token(TokenKind Kind, int Position, string Value, int Line)
{
    /// <summary>How Go names a token in parse errors ("unexpected X in Y").</summary>
    public string Describe()
    {
        if (Kind == TokenKind.Eof)
        {
            return "EOF";
        }

        if (Kind == TokenKind.Error)
        {
            return Value;
        }

        if (Kind > TokenKind.Keyword)
        {
            return "<" + Value + ">";
        }

        var output = new ByteBuilder();
        var bytes = GoString.FromUtf8(Value);
        var runes = Value.EnumerateRunes().ToList();
        if (runes.Count > 10)
        {
            var head = string.Concat(runes.Take(10).Select(r => r.ToString()));
            GoQuote.AppendQuoted(output, GoString.FromUtf8(head).Span, (byte)'"', false);
            output.Append("...");
        }
        else
        {
            GoQuote.AppendQuoted(output, bytes.Span, (byte)'"', false);
        }

        return output.ToGoString().ToUtf8String();
    }
}
