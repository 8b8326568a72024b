using Ferry.Templating.Formatting;
using Ferry.Templating.Values;

namespace Ferry.Templating.Functions;

/// <summary>Go's HTMLEscapeString, JSEscapeString and url.QueryEscape over bytes.</summary>
internal static class Escapers
{
    private const string UpperHex = "0123456789ABCDEF";

    public static GoString Html(GoString input)
    {
        var output = new ByteBuilder(input.Length + 16);
        foreach (var c in input.Span)
        {
            switch (c)
            {
                case 0: output.Append("\uFFFD"); break;
                case (byte)'"': output.Append("&#34;"); break;
                case (byte)'\'': output.Append("&#39;"); break;
                case (byte)'&': output.Append("&amp;"); break;
                case (byte)'<': output.Append("&lt;"); break;
                case (byte)'>': output.Append("&gt;"); break;
                default: output.Append(c); break;
            }
        }

        return output.ToGoString();
    }

    public static GoString JavaScript(GoString input)
    {
        var bytes = input.Span;
        var output = new ByteBuilder(input.Length + 16);
        for (var i = 0; i < bytes.Length; i++)
        {
            var c = bytes[i];
            if (c < 0x80)
            {
                switch (c)
                {
                    case (byte)'\\': output.Append("\\\\"); break;
                    case (byte)'\'': output.Append("\\'"); break;
                    case (byte)'"': output.Append("\\\""); break;
                    case (byte)'<': output.Append("\\u003C"); break;
                    case (byte)'>': output.Append("\\u003E"); break;
                    case (byte)'&': output.Append("\\u0026"); break;
                    case (byte)'=': output.Append("\\u003D"); break;
                    default:
                        if (c < ' ')
                        {
                            output.Append("\\u00");
                            output.Append((byte)UpperHex[c >> 4]);
                            output.Append((byte)UpperHex[c & 0xF]);
                        }
                        else
                        {
                            output.Append(c);
                        }

                        break;
                }

                continue;
            }

            var (rune, width) = GoQuote.DecodeRune(bytes[i..]);
            if (GoQuote.IsPrint(rune))
            {
                output.Append(bytes.Slice(i, width));
            }
            else
            {
                output.Append("\\u" + rune.ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }

            i += width - 1;
        }

        return output.ToGoString();
    }

    /// <summary>url.QueryEscape: unreserved bytes stay, space becomes '+', the rest %XX.</summary>
    public static GoString QueryEscape(GoString input)
    {
        var output = new ByteBuilder(input.Length + 16);
        foreach (var c in input.Span)
        {
            if (c is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9')
                or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
            {
                output.Append(c);
            }
            else if (c == ' ')
            {
                output.Append((byte)'+');
            }
            else
            {
                output.Append((byte)'%');
                output.Append((byte)UpperHex[c >> 4]);
                output.Append((byte)UpperHex[c & 0xF]);
            }
        }

        return output.ToGoString();
    }
}
