using System.Globalization;
using System.Numerics;
using Ferry.Templating.Values;

namespace Ferry.Templating.Parsing;

/// <summary>Go's literal rules: strconv.Unquote for strings and characters, and the number parsing of parse.NumberNode.</summary>
internal static class GoLiterals
{
    /// <summary>Unquotes a "..." or `...` literal into bytes; null when Go would report "invalid syntax".</summary>
    public static GoString? Unquote(string quoted)
    {
        if (quoted.Length < 2)
        {
            return null;
        }

        if (quoted[0] == '`')
        {
            return quoted[^1] == '`' ? GoString.FromUtf8(quoted[1..^1].Replace("\r", "", StringComparison.Ordinal)) : null;
        }

        if (quoted[0] != '"' || quoted[^1] != '"')
        {
            return null;
        }

        var output = new ByteBuilder(quoted.Length);
        var body = quoted.AsSpan(1, quoted.Length - 2);
        while (!body.IsEmpty)
        {
            if (!TryUnquoteChar(ref body, '"', output))
            {
                return null;
            }
        }

        return output.ToGoString();
    }

    /// <summary>The rune value of a character constant like 'a' or '\n'; null when malformed.</summary>
    public static int? UnquoteCharConstant(string text)
    {
        if (text.Length < 3 || text[0] != '\'' || text[^1] != '\'')
        {
            return null;
        }

        var body = text.AsSpan(1, text.Length - 2);
        var output = new ByteBuilder(8);
        if (!TryUnquoteChar(ref body, '\'', output, out var rune) || !body.IsEmpty)
        {
            return null;
        }

        return rune;
    }

    private static bool TryUnquoteChar(ref ReadOnlySpan<char> text, char quote, ByteBuilder output) =>
        TryUnquoteChar(ref text, quote, output, out _);

    private static bool TryUnquoteChar(ref ReadOnlySpan<char> text, char quote, ByteBuilder output, out int rune)
    {
        rune = 0;
        var c = text[0];
        if (c == quote && quote is '\'' or '"')
        {
            return false;
        }

        if (c != '\\')
        {
            var width = char.IsHighSurrogate(c) && text.Length > 1 && char.IsLowSurrogate(text[1]) ? 2 : 1;
            rune = width == 2 ? char.ConvertToUtf32(c, text[1]) : c;
            output.AppendRune(rune);
            text = text[width..];
            return true;
        }

        if (text.Length < 2)
        {
            return false;
        }

        var escape = text[1];
        text = text[2..];
        switch (escape)
        {
            case 'a': rune = '\a'; break;
            case 'b': rune = '\b'; break;
            case 'f': rune = '\f'; break;
            case 'n': rune = '\n'; break;
            case 'r': rune = '\r'; break;
            case 't': rune = '\t'; break;
            case 'v': rune = '\v'; break;
            case '\\': rune = '\\'; break;
            case '\'' or '"':
                if (escape != quote)
                {
                    return false;
                }

                rune = escape;
                break;
            case 'x' or 'u' or 'U':
                {
                    var digits = escape == 'x' ? 2 : escape == 'u' ? 4 : 8;
                    if (text.Length < digits || !int.TryParse(text[..digits], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)
                        || value < 0)
                    {
                        return false;
                    }

                    text = text[digits..];
                    if (escape == 'x')
                    {
                        rune = value;
                        output.Append((byte)value);
                        return true;
                    }

                    if (value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
                    {
                        return false;
                    }

                    rune = value;
                    break;
                }

            case >= '0' and <= '7':
                {
                    if (text.Length < 2)
                    {
                        return false;
                    }

                    var value = escape - '0';
                    for (var i = 0; i < 2; i++)
                    {
                        if (text[i] is < '0' or > '7')
                        {
                            return false;
                        }

                        value = (value * 8) + (text[i] - '0');
                    }

                    if (value > 255)
                    {
                        return false;
                    }

                    text = text[2..];
                    rune = value;
                    output.Append((byte)value);
                    return true;
                }

            default:
                return false;
        }

        output.AppendRune(rune);
        return true;
    }

    /// <summary>Fills a number node's interpretations; returns Go's error text when the literal is not a number.</summary>
    public static string? ParseNumber(NumberNode node, TokenKind kind)
    {
        var text = node.Text;
        if (kind == TokenKind.CharConstant)
        {
            if (UnquoteCharConstant(text) is not { } rune)
            {
                return text.Length >= 2 && text[^1] == '\'' ? "invalid syntax" : "malformed character constant: " + text;
            }

            node.Int64 = rune;
            node.IsInt = true;
            node.Uint64 = (ulong)rune;
            node.IsUint = true;
            node.Float64 = rune;
            node.IsFloat = true;
            return null;
        }

        if (kind == TokenKind.Complex)
        {
            if (!TryParseComplex(text, out var complex))
            {
                return "expected integer";
            }

            node.IsComplex = true;
            node.Complex128 = complex;
            SimplifyComplex(node);
            return null;
        }

        if (text.Length > 0 && text[^1] == 'i' && TryParseFloat(text[..^1], out var imaginary))
        {
            node.IsComplex = true;
            node.Complex128 = new Complex(0, imaginary);
            SimplifyComplex(node);
            return null;
        }

        var isUint = TryParseInteger(text, allowSign: false, out var magnitude, out _);
        if (isUint)
        {
            node.IsUint = true;
            node.Uint64 = magnitude;
        }

        if (TryParseSigned(text, out var signed))
        {
            node.IsInt = true;
            node.Int64 = signed;
            if (signed == 0)
            {
                node.IsUint = true;
                node.Uint64 = magnitude;
            }
        }

        if (node.IsInt)
        {
            node.IsFloat = true;
            node.Float64 = node.Int64;
        }
        else if (node.IsUint)
        {
            node.IsFloat = true;
            node.Float64 = node.Uint64;
        }
        else if (TryParseFloat(text, out var f))
        {
            if (text.IndexOfAny(['.', 'e', 'E', 'p', 'P']) < 0)
            {
                return "integer overflow: " + GoQuoted(text);
            }

            node.IsFloat = true;
            node.Float64 = f;
            if (!node.IsInt && Math.Abs(f) < 9.2233720368547758e18 && Math.Truncate(f) == f)
            {
                node.IsInt = true;
                node.Int64 = (long)f;
            }

            if (!node.IsUint && f >= 0 && f < 1.8446744073709552e19 && Math.Truncate(f) == f)
            {
                node.IsUint = true;
                node.Uint64 = (ulong)f;
            }
        }

        return !node.IsInt && !node.IsUint && !node.IsFloat ? "illegal number syntax: " + GoQuoted(text) : null;
    }

    private static void SimplifyComplex(NumberNode node)
    {
        node.IsFloat = node.Complex128.Imaginary == 0;
        if (!node.IsFloat)
        {
            return;
        }

        node.Float64 = node.Complex128.Real;
        var f = node.Float64;
        node.IsInt = Math.Abs(f) < 9.2233720368547758e18 && Math.Truncate(f) == f;
        if (node.IsInt)
        {
            node.Int64 = (long)f;
        }

        node.IsUint = f >= 0 && f < 1.8446744073709552e19 && Math.Truncate(f) == f;
        if (node.IsUint)
        {
            node.Uint64 = (ulong)f;
        }
    }

    private static string GoQuoted(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static bool TryParseSigned(string text, out long value)
    {
        value = 0;
        if (!TryParseInteger(text, allowSign: true, out var magnitude, out var negative))
        {
            return false;
        }

        if (negative)
        {
            if (magnitude > 9223372036854775808UL)
            {
                return false;
            }

            value = unchecked(-(long)magnitude);
            return true;
        }

        if (magnitude > long.MaxValue)
        {
            return false;
        }

        value = (long)magnitude;
        return true;
    }

    /// <summary>strconv.ParseUint/ParseInt with base 0: prefixes 0x, 0o, 0b, a leading 0 for octal, and underscores.</summary>
    private static bool TryParseInteger(string text, bool allowSign, out ulong value, out bool negative)
    {
        value = 0;
        negative = false;
        var s = text.AsSpan();
        if (s.IsEmpty)
        {
            return false;
        }

        if (s[0] is '+' or '-')
        {
            if (!allowSign)
            {
                return false;
            }

            negative = s[0] == '-';
            s = s[1..];
        }

        if (!UnderscoreOk(s))
        {
            return false;
        }

        var numberBase = 10;
        if (s.Length >= 2 && s[0] == '0')
        {
            switch (char.ToLowerInvariant(s[1]))
            {
                case 'x': numberBase = 16; s = s[2..]; break;
                case 'o': numberBase = 8; s = s[2..]; break;
                case 'b': numberBase = 2; s = s[2..]; break;
                default: numberBase = 8; s = s[1..]; break;
            }
        }

        if (s.IsEmpty)
        {
            return false;
        }

        var any = false;
        foreach (var c in s)
        {
            if (c == '_')
            {
                continue;
            }

            var digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'f' => c - 'a' + 10,
                >= 'A' and <= 'F' => c - 'A' + 10,
                _ => 99,
            };
            if (digit >= numberBase)
            {
                return false;
            }

            var next = unchecked((value * (ulong)numberBase) + (ulong)digit);
            if (value > (ulong.MaxValue - (ulong)digit) / (ulong)numberBase)
            {
                return false;
            }

            value = next;
            any = true;
        }

        return any;
    }

    private static bool UnderscoreOk(ReadOnlySpan<char> s)
    {
        var saw = '^';
        var i = 0;
        var hex = false;
        if (s.Length >= 2 && s[0] == '0' && char.ToLowerInvariant(s[1]) is 'b' or 'o' or 'x')
        {
            i = 2;
            saw = '0';
            hex = char.ToLowerInvariant(s[1]) == 'x';
        }

        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (c is >= '0' and <= '9' || (hex && char.ToLowerInvariant(c) is >= 'a' and <= 'f'))
            {
                saw = '0';
                continue;
            }

            if (c == '_')
            {
                if (saw != '0')
                {
                    return false;
                }

                saw = '_';
                continue;
            }

            if (saw == '_')
            {
                return false;
            }

            saw = '!';
        }

        return saw != '_';
    }

    /// <summary>strconv.ParseFloat over Go syntax (decimal and hex floats, underscores); false on error or overflow.</summary>
    public static bool TryParseFloat(string text, out double value)
    {
        value = 0;
        var s = text.AsSpan();
        var negative = false;
        if (!s.IsEmpty && s[0] is '+' or '-')
        {
            negative = s[0] == '-';
            s = s[1..];
        }

        if (s.IsEmpty || (s.Contains('_') && !UnderscoreOk(s)))
        {
            return false;
        }

        var clean = s.ToString().Replace("_", "", StringComparison.Ordinal);
        if (clean.Length > 2 && clean[0] == '0' && clean[1] is 'x' or 'X')
        {
            if (!TryParseHexFloat(clean[2..], out value))
            {
                return false;
            }
        }
        else
        {
            foreach (var c in clean)
            {
                if (c is not ((>= '0' and <= '9') or '.' or 'e' or 'E' or '+' or '-'))
                {
                    return false;
                }
            }

            if (!double.TryParse(clean, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value)
                || double.IsInfinity(value))
            {
                return false;
            }
        }

        if (negative)
        {
            value = -value;
        }

        return true;
    }

    private static bool TryParseHexFloat(string s, out double value)
    {
        value = 0;
        var p = s.IndexOfAny(['p', 'P']);
        if (p < 0)
        {
            return false;
        }

        var mantissaText = s[..p];
        if (!int.TryParse(s.AsSpan(p + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var exponent))
        {
            return false;
        }

        var mantissa = BigInteger.Zero;
        var fractionDigits = 0;
        var seenPoint = false;
        var any = false;
        foreach (var c in mantissaText)
        {
            if (c == '.')
            {
                if (seenPoint)
                {
                    return false;
                }

                seenPoint = true;
                continue;
            }

            if (!Uri.IsHexDigit(c))
            {
                return false;
            }

            mantissa = (mantissa * 16) + Convert.ToInt32(c.ToString(), 16);
            any = true;
            if (seenPoint)
            {
                fractionDigits++;
            }
        }

        if (!any)
        {
            return false;
        }

        value = (double)mantissa * Math.Pow(2, exponent - (4 * fractionDigits));
        return !double.IsInfinity(value);
    }

    private static bool TryParseComplex(string text, out Complex value)
    {
        value = Complex.Zero;
        for (var i = text.Length - 2; i > 0; i--)
        {
            if (text[i] is '+' or '-' && text[i - 1] is not ('e' or 'E' or 'p' or 'P'))
            {
                if (TryParseFloat(text[..i], out var real) && TryParseFloat(text[i..^1], out var imaginary))
                {
                    value = new Complex(real, imaginary);
                    return true;
                }

                return false;
            }
        }

        return false;
    }
}
