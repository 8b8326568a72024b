using System.Globalization;
using System.Numerics;
using Ferry.Templating.Formatting;
using Ferry.Templating.Values;

namespace Ferry.Templating.Functions.Sprig;

/// <summary>
/// Go's encoding/json for template values: Marshal (sorted keys, HTML escaping, Go's float format) and Unmarshal
/// into interface{} (objects to map[string]interface {}, arrays to []interface {}, every number to float64), with
/// Go's error texts.
/// </summary>
internal static class GoJson
{
    private const string Hex = "0123456789abcdef";

    public static GoString Marshal(object? value, bool escapeHtml, string? indent = null)
    {
        var output = new ByteBuilder();
        Write(output, value, escapeHtml, indent, 0);
        return output.ToGoString();
    }

    private static void NewLine(ByteBuilder output, string? indent, int depth)
    {
        if (indent is null)
        {
            return;
        }

        output.Append((byte)'\n');
        for (var i = 0; i < depth; i++)
        {
            output.Append(indent);
        }
    }

    private static void Write(ByteBuilder output, object? value, bool escapeHtml, string? indent, int depth)
    {
        if (depth > GoFormatter.MaxDepth)
        {
            throw new TemplateFunctionException("json: unsupported value: encountered a cycle via " + GoValues.TypeName(value));
        }

        switch (value)
        {
            case null or Missing:
                output.Append("null");
                break;
            case bool b:
                output.Append(b ? "true" : "false");
                break;
            case GoString s:
                WriteString(output, s.Span, escapeHtml);
                break;
            case long or GoInt64 or byte or ulong:
                GoFormatter.PrintValue(output, value);
                break;
            case double d:
                WriteFloat(output, d);
                break;
            case GoList list:
                if (list.Count == 0)
                {
                    output.Append("[]");
                    break;
                }

                output.Append((byte)'[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0)
                    {
                        output.Append((byte)',');
                    }

                    NewLine(output, indent, depth + 1);
                    Write(output, list.Items[i], escapeHtml, indent, depth + 1);
                }

                NewLine(output, indent, depth);
                output.Append((byte)']');
                break;
            case GoMap map:
                if (map.Count == 0)
                {
                    output.Append("{}");
                    break;
                }

                output.Append((byte)'{');
                var first = true;
                foreach (var key in map.SortedKeys())
                {
                    if (!first)
                    {
                        output.Append((byte)',');
                    }

                    first = false;
                    NewLine(output, indent, depth + 1);
                    WriteString(output, key.Span, escapeHtml);
                    output.Append(indent is null ? ":" : ": ");
                    Write(output, map.Entries[key], escapeHtml, indent, depth + 1);
                }

                NewLine(output, indent, depth);
                output.Append((byte)'}');
                break;
            case GoObject { StringForm: { } text }:
                WriteString(output, GoString.FromUtf8(text).Span, escapeHtml);
                break;
            default:
                throw new TemplateFunctionException("json: unsupported type: " + GoValues.TypeName(value));
        }
    }

    private static void WriteFloat(ByteBuilder output, double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new TemplateFunctionException("json: unsupported value: "
                + GoFloatFormat.Format(value, 'g', -1));
        }

        var abs = Math.Abs(value);
        var format = abs != 0 && (abs < 1e-6 || abs >= 1e21) ? 'e' : 'f';
        var text = GoFloatFormat.Format(value, format, -1);
        if (format == 'e' && text.Length >= 4 && text[^4] == 'e' && text[^3] == '-' && text[^2] == '0')
        {
            text = text[..^2] + text[^1];
        }

        output.Append(text);
    }

    private static void WriteString(ByteBuilder output, ReadOnlySpan<byte> s, bool escapeHtml)
    {
        output.Append((byte)'"');
        var i = 0;
        while (i < s.Length)
        {
            var b = s[i];
            if (b < 0x80)
            {
                if (b >= 0x20 && b != '"' && b != '\\' && (!escapeHtml || (b != '<' && b != '>' && b != '&')))
                {
                    output.Append(b);
                    i++;
                    continue;
                }

                output.Append((byte)'\\');
                switch (b)
                {
                    case (byte)'\\' or (byte)'"':
                        output.Append(b);
                        break;
                    case (byte)'\b':
                        output.Append((byte)'b');
                        break;
                    case (byte)'\f':
                        output.Append((byte)'f');
                        break;
                    case (byte)'\n':
                        output.Append((byte)'n');
                        break;
                    case (byte)'\r':
                        output.Append((byte)'r');
                        break;
                    case (byte)'\t':
                        output.Append((byte)'t');
                        break;
                    default:
                        output.Append("u00");
                        output.Append((byte)Hex[b >> 4]);
                        output.Append((byte)Hex[b & 0xF]);
                        break;
                }

                i++;
                continue;
            }

            var (rune, width) = GoQuote.DecodeRune(s[i..]);
            if (rune == 0xFFFD && width == 1)
            {
                output.Append("\\ufffd");
            }
            else if (rune is 0x2028 or 0x2029)
            {
                output.Append(rune == 0x2028 ? "\\u2028" : "\\u2029");
            }
            else
            {
                output.Append(s.Slice(i, width));
            }

            i += width;
        }

        output.Append((byte)'"');
    }

    /// <summary>json.Unmarshal into interface{}; throws <see cref="TemplateFunctionException"/> with Go's text.</summary>
    public static object? Unmarshal(ReadOnlySpan<byte> data)
    {
        var reader = new Reader(data.ToArray());
        return reader.ParseDocument();
    }

    private sealed class Reader(byte[] data)
    {
        private int _pos;

        public object? ParseDocument()
        {
            SkipSpace();
            if (_pos >= data.Length)
            {
                throw Fail("unexpected end of JSON input");
            }

            var value = ParseValue();
            SkipSpace();
            if (_pos < data.Length)
            {
                throw Invalid("after top-level value");
            }

            return value;
        }

        private static TemplateFunctionException Fail(string message) => new(message);

        private TemplateFunctionException Invalid(string context) =>
            _pos >= data.Length
                ? Fail("unexpected end of JSON input")
                : Fail($"invalid character {QuoteChar(data[_pos])} {context}");

        private static string QuoteChar(byte c) => c switch
        {
            (byte)'\'' => "'\\''",
            (byte)'"' => "'\"'",
            _ => GoEncodings.QuoteRuneForError(c < 0x80 ? c : 0xFFFD),
        };

        private void SkipSpace()
        {
            while (_pos < data.Length && data[_pos] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
            {
                _pos++;
            }
        }

        private object? ParseValue()
        {
            if (_pos >= data.Length)
            {
                throw Fail("unexpected end of JSON input");
            }

            switch (data[_pos])
            {
                case (byte)'{':
                    return ParseObject();
                case (byte)'[':
                    return ParseArray();
                case (byte)'"':
                    return ParseString();
                case (byte)'t':
                    return Literal("true", true);
                case (byte)'f':
                    return Literal("false", false);
                case (byte)'n':
                    return Literal("null", null);
                case (byte)'-' or (>= (byte)'0' and <= (byte)'9'):
                    return ParseNumber();
                default:
                    throw Invalid("looking for beginning of value");
            }
        }

        private object? Literal(string word, object? value)
        {
            for (var i = 0; i < word.Length; i++)
            {
                if (_pos >= data.Length)
                {
                    throw Fail("unexpected end of JSON input");
                }

                if (data[_pos] != word[i])
                {
                    throw Invalid($"in literal {word} (expecting {QuoteChar((byte)word[i])})");
                }

                _pos++;
            }

            return value;
        }

        private GoMap ParseObject()
        {
            _pos++;
            var map = GoMap.OfAny();
            SkipSpace();
            if (_pos < data.Length && data[_pos] == '}')
            {
                _pos++;
                return map;
            }

            while (true)
            {
                SkipSpace();
                if (_pos >= data.Length || data[_pos] != '"')
                {
                    throw Invalid("looking for beginning of object key string");
                }

                var key = ParseString();
                SkipSpace();
                if (_pos >= data.Length || data[_pos] != ':')
                {
                    throw Invalid("after object key");
                }

                _pos++;
                SkipSpace();
                map.Entries[key] = ParseValue();
                SkipSpace();
                if (_pos < data.Length && data[_pos] == ',')
                {
                    _pos++;
                    continue;
                }

                if (_pos < data.Length && data[_pos] == '}')
                {
                    _pos++;
                    return map;
                }

                throw Invalid("after object key:value pair");
            }
        }

        private GoList ParseArray()
        {
            _pos++;
            var items = new List<object?>();
            SkipSpace();
            if (_pos < data.Length && data[_pos] == ']')
            {
                _pos++;
                return new GoList(GoType.ListOfAny, items);
            }

            while (true)
            {
                SkipSpace();
                items.Add(ParseValue());
                SkipSpace();
                if (_pos < data.Length && data[_pos] == ',')
                {
                    _pos++;
                    continue;
                }

                if (_pos < data.Length && data[_pos] == ']')
                {
                    _pos++;
                    return new GoList(GoType.ListOfAny, items);
                }

                throw Invalid("after array element");
            }
        }

        private GoString ParseString()
        {
            _pos++;
            var output = new ByteBuilder();
            while (true)
            {
                if (_pos >= data.Length)
                {
                    throw Fail("unexpected end of JSON input");
                }

                var c = data[_pos];
                if (c == '"')
                {
                    _pos++;
                    return output.ToGoString();
                }

                if (c < 0x20)
                {
                    throw Invalid("in string literal");
                }

                if (c == '\\')
                {
                    _pos++;
                    if (_pos >= data.Length)
                    {
                        throw Fail("unexpected end of JSON input");
                    }

                    var e = data[_pos];
                    _pos++;
                    switch (e)
                    {
                        case (byte)'"' or (byte)'\\' or (byte)'/':
                            output.Append(e);
                            break;
                        case (byte)'b': output.Append((byte)'\b'); break;
                        case (byte)'f': output.Append((byte)'\f'); break;
                        case (byte)'n': output.Append((byte)'\n'); break;
                        case (byte)'r': output.Append((byte)'\r'); break;
                        case (byte)'t': output.Append((byte)'\t'); break;
                        case (byte)'u':
                            var rune = ReadHex4();
                            if (rune is >= 0xD800 and < 0xDC00 && _pos + 1 < data.Length && data[_pos] == '\\' && data[_pos + 1] == 'u')
                            {
                                var save = _pos;
                                _pos += 2;
                                var low = ReadHex4();
                                if (low is >= 0xDC00 and < 0xE000)
                                {
                                    rune = 0x10000 + ((rune - 0xD800) << 10) + (low - 0xDC00);
                                }
                                else
                                {
                                    _pos = save;
                                    rune = 0xFFFD;
                                }
                            }
                            else if (rune is >= 0xD800 and < 0xE000)
                            {
                                rune = 0xFFFD;
                            }

                            output.AppendRune(rune);
                            break;
                        default:
                            _pos--;
                            throw Invalid("in string escape code");
                    }

                    continue;
                }

                if (c < 0x80)
                {
                    output.Append(c);
                    _pos++;
                    continue;
                }

                var (decoded, width) = GoQuote.DecodeRune(data.AsSpan(_pos));
                if (decoded == 0xFFFD && width == 1)
                {
                    output.AppendRune(0xFFFD);
                }
                else
                {
                    output.Append(data.AsSpan(_pos, width));
                }

                _pos += width;
            }
        }

        private int ReadHex4()
        {
            var value = 0;
            for (var i = 0; i < 4; i++)
            {
                if (_pos >= data.Length)
                {
                    throw Fail("unexpected end of JSON input");
                }

                var digit = data[_pos] switch
                {
                    >= (byte)'0' and <= (byte)'9' => data[_pos] - '0',
                    >= (byte)'a' and <= (byte)'f' => data[_pos] - 'a' + 10,
                    >= (byte)'A' and <= (byte)'F' => data[_pos] - 'A' + 10,
                    _ => -1,
                };
                if (digit < 0)
                {
                    throw Invalid("in \\u hexadecimal character escape");
                }

                value = (value * 16) + digit;
                _pos++;
            }

            return value;
        }

        private double ParseNumber()
        {
            var start = _pos;
            if (data[_pos] == '-')
            {
                _pos++;
                if (_pos >= data.Length)
                {
                    throw Fail("unexpected end of JSON input");
                }

                if (data[_pos] is < (byte)'0' or > (byte)'9')
                {
                    throw Invalid("in numeric literal");
                }
            }

            if (data[_pos] == '0')
            {
                _pos++;
            }
            else
            {
                while (_pos < data.Length && data[_pos] is >= (byte)'0' and <= (byte)'9')
                {
                    _pos++;
                }
            }

            if (_pos < data.Length && data[_pos] == '.')
            {
                _pos++;
                if (_pos >= data.Length)
                {
                    throw Fail("unexpected end of JSON input");
                }

                if (data[_pos] is < (byte)'0' or > (byte)'9')
                {
                    throw Invalid("after decimal point in numeric literal");
                }

                while (_pos < data.Length && data[_pos] is >= (byte)'0' and <= (byte)'9')
                {
                    _pos++;
                }
            }

            if (_pos < data.Length && data[_pos] is (byte)'e' or (byte)'E')
            {
                _pos++;
                if (_pos < data.Length && data[_pos] is (byte)'+' or (byte)'-')
                {
                    _pos++;
                }

                if (_pos >= data.Length)
                {
                    throw Fail("unexpected end of JSON input");
                }

                if (data[_pos] is < (byte)'0' or > (byte)'9')
                {
                    throw Invalid("in exponent of numeric literal");
                }

                while (_pos < data.Length && data[_pos] is >= (byte)'0' and <= (byte)'9')
                {
                    _pos++;
                }
            }

            var text = System.Text.Encoding.ASCII.GetString(data, start, _pos - start);
            var value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (double.IsInfinity(value))
            {
                throw Fail($"json: cannot unmarshal number {text} into Go value of type float64");
            }

            return value;
        }
    }

    /// <summary>A deep copy of a JSON-like value (sprig's deepCopy).</summary>
    public static object? DeepCopy(object? value) => DeepCopy(value, 0);

    private static object? DeepCopy(object? value, int depth) => depth > GoFormatter.MaxDepth
        ? throw new TemplateFunctionException(GoFormatter.NestingMessage)
        : value switch
        {
            GoList list => new GoList(list.Type, [.. list.Items.Select(v => DeepCopy(v, depth + 1))]),
            GoMap map => new GoMap(map.Type, map.Entries.ToDictionary(e => e.Key, e => DeepCopy(e.Value, depth + 1))),
            Complex c => c,
            _ => value,
        };
}
