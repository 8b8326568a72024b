using System.Globalization;
using System.Text;

namespace Ferry.Schemas.Cel;

/// <summary>Splits a CEL expression into tokens (cel-spec lexical grammar: numbers, quoted and raw strings, bytes).</summary>
internal static class CelLexer
{
    private static readonly string[] Operators =
        ["==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "+", "-", "*", "/", "%", "?", ":", ".", ",", "[", "]", "(", ")", "{", "}"];

    public static List<CelToken> Tokenize(string text)
    {
        var tokens = new List<CelToken>();
        var i = 0;
        while (true)
        {
            i = SkipSpaceAndComments(text, i);
            if (i >= text.Length)
            {
                tokens.Add(new CelToken(CelTokenKind.End, string.Empty, i, null));
                return tokens;
            }

            var c = text[i];
            if (char.IsAsciiLetter(c) || c == '_')
            {
                if ((c is 'r' or 'R' or 'b' or 'B') && i + 1 < text.Length && IsQuoteStart(text, i + 1))
                {
                    tokens.Add(ReadString(text, i));
                    i = tokens[^1].Position + tokens[^1].Text.Length;
                    continue;
                }

                if ((c is 'r' or 'R' or 'b' or 'B') && i + 2 < text.Length && (text[i + 1] is 'r' or 'R' or 'b' or 'B') && IsQuoteStart(text, i + 2))
                {
                    tokens.Add(ReadString(text, i));
                    i = tokens[^1].Position + tokens[^1].Text.Length;
                    continue;
                }

                var start = i;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new CelToken(CelTokenKind.Identifier, text[start..i], start, null));
                continue;
            }

            if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                tokens.Add(ReadNumber(text, i));
                i = tokens[^1].Position + tokens[^1].Text.Length;
                continue;
            }

            if (c is '"' or '\'')
            {
                tokens.Add(ReadString(text, i));
                i = tokens[^1].Position + tokens[^1].Text.Length;
                continue;
            }

            var op = Array.Find(Operators, o => string.CompareOrdinal(text, i, o, 0, o.Length) == 0);
            if (op is null)
            {
                throw new CelCompileException($"Syntax error: token recognition error at: '{c}'", i);
            }

            tokens.Add(new CelToken(CelTokenKind.Operator, op, i, null));
            i += op.Length;
        }
    }

    private static bool IsQuoteStart(string text, int i) => text[i] is '"' or '\'';

    private static int SkipSpaceAndComments(string text, int i)
    {
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            else if (text[i] == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static CelToken ReadNumber(string text, int start)
    {
        var i = start;
        if (text[i] == '0' && i + 1 < text.Length && text[i + 1] is 'x' or 'X')
        {
            i += 2;
            while (i < text.Length && char.IsAsciiHexDigit(text[i]))
            {
                i++;
            }

            var hex = text[(start + 2)..i];
            if (i < text.Length && text[i] is 'u' or 'U')
            {
                return ulong.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var u)
                    ? new CelToken(CelTokenKind.Uint, text[start..(i + 1)], start, u)
                    : throw new CelCompileException("invalid uint literal", start);
            }

            return ulong.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var h) && h <= 9223372036854775808UL
                ? new CelToken(CelTokenKind.Int, text[start..i], start, h)
                : throw new CelCompileException("invalid int literal", start);
        }

        var isDouble = false;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            isDouble = true;
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            var j = i + 1;
            if (j < text.Length && text[j] is '+' or '-')
            {
                j++;
            }

            if (j < text.Length && char.IsAsciiDigit(text[j]))
            {
                isDouble = true;
                i = j;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }
            }
        }

        var literal = text[start..i];
        if (isDouble)
        {
            return new CelToken(CelTokenKind.Double, literal, start, double.Parse(literal, CultureInfo.InvariantCulture));
        }

        if (i < text.Length && text[i] is 'u' or 'U')
        {
            return ulong.TryParse(literal, NumberStyles.None, CultureInfo.InvariantCulture, out var u)
                ? new CelToken(CelTokenKind.Uint, text[start..(i + 1)], start, u)
                : throw new CelCompileException("invalid uint literal", start);
        }

        // "-9223372036854775808" is negation of a literal one past long.MaxValue; the parser folds it.
        if (ulong.TryParse(literal, NumberStyles.None, CultureInfo.InvariantCulture, out var magnitude) && magnitude <= 9223372036854775808UL)
        {
            return new CelToken(CelTokenKind.Int, literal, start, magnitude);
        }

        throw new CelCompileException("invalid int literal", start);
    }

    private static CelToken ReadString(string text, int start)
    {
        var i = start;
        var raw = false;
        var bytes = false;
        while (text[i] is not ('"' or '\''))
        {
            raw |= text[i] is 'r' or 'R';
            bytes |= text[i] is 'b' or 'B';
            i++;
        }

        var quote = text[i];
        var triple = i + 2 < text.Length && text[i + 1] == quote && text[i + 2] == quote;
        var delimiter = triple ? new string(quote, 3) : quote.ToString();
        i += delimiter.Length;
        var value = new StringBuilder();
        var byteValue = new List<byte>();
        Span<byte> utf8 = stackalloc byte[4];
        while (true)
        {
            if (i >= text.Length || (!triple && text[i] is '\n' or '\r'))
            {
                throw new CelCompileException("Syntax error: token recognition error at: '" + text[start..Math.Min(text.Length, i)] + "'", start);
            }

            if (string.CompareOrdinal(text, i, delimiter, 0, delimiter.Length) == 0)
            {
                i += delimiter.Length;
                break;
            }

            if (text[i] == '\\' && !raw)
            {
                i = ReadEscape(text, i, value, byteValue, bytes);
                continue;
            }

            var rune = Rune.GetRuneAt(text, i);
            value.Append(rune.ToString());
            var written = rune.EncodeToUtf8(utf8);
            for (var k = 0; k < written; k++)
            {
                byteValue.Add(utf8[k]);
            }

            i += rune.Utf16SequenceLength;
        }

        return bytes
            ? new CelToken(CelTokenKind.Bytes, text[start..i], start, byteValue.ToArray())
            : new CelToken(CelTokenKind.String, text[start..i], start, value.ToString());
    }

    private static int ReadEscape(string text, int i, StringBuilder value, List<byte> bytes, bool isBytes)
    {
        if (i + 1 >= text.Length)
        {
            throw new CelCompileException("Syntax error: invalid escape sequence", i);
        }

        var c = text[i + 1];
        char? simple = c switch
        {
            'a' => '\a',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'v' => '\v',
            '\\' => '\\',
            '\'' => '\'',
            '"' => '"',
            '`' => '`',
            '?' => '?',
            _ => null,
        };
        if (simple is { } ch)
        {
            value.Append(ch);
            bytes.Add((byte)ch);
            return i + 2;
        }

        int digits;
        int radix;
        var offset = 2;
        switch (c)
        {
            case 'x' or 'X':
                digits = 2;
                radix = 16;
                break;
            case 'u':
                digits = 4;
                radix = 16;
                break;
            case 'U':
                digits = 8;
                radix = 16;
                break;
            case >= '0' and <= '3':
                digits = 3;
                radix = 8;
                offset = 1;
                break;
            default:
                throw new CelCompileException($"Syntax error: invalid escape sequence '\\{c}'", i);
        }

        var start = i + offset;
        if (start + digits > text.Length)
        {
            throw new CelCompileException("Syntax error: invalid escape sequence", i);
        }

        var code = Convert.ToInt32(text.Substring(start, digits), radix);
        if (isBytes && digits <= 3)
        {
            bytes.Add((byte)code);
            value.Append((char)code);
        }
        else
        {
            if (!Rune.IsValid(code))
            {
                throw new CelCompileException("Syntax error: invalid unicode code point", i);
            }

            var rune = new Rune(code);
            value.Append(rune.ToString());
            Span<byte> utf8 = stackalloc byte[4];
            var written = rune.EncodeToUtf8(utf8);
            for (var k = 0; k < written; k++)
            {
                bytes.Add(utf8[k]);
            }
        }

        return start + digits;
    }
}
