using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Ferry.Providers.Matching;

/// <summary>
/// Rewrites an RE2 (Go regexp) pattern into a .NET pattern with the same meaning, rejecting what RE2 rejects:
/// backreferences, lookaround, atomic groups, possessive quantifiers, conditionals, repeat counts over 1000 and
/// escapes Go does not know. Differences handled: <c>\d \s \w</c> and POSIX classes are ASCII-only, <c>$</c> without
/// (?m) means end of text only, <c>(?P&lt;name&gt;)</c>, <c>\Q...\E</c>, <c>\x{...}</c>, octal escapes and the
/// (?U) ungreedy flag.
/// </summary>
internal sealed class GoRegexTranslator
{
    private const int MaxRepeat = 1000;

    private readonly string _pattern;
    private readonly StringBuilder _output = new();
    private readonly Stack<(bool Multiline, bool Ungreedy)> _groups = new();
    private readonly Dictionary<string, int> _groupNames = new(StringComparer.Ordinal);
    private int _captureCount;
    private int _position;
    private bool _multiline;
    private bool _ungreedy;

    private GoRegexTranslator(string pattern) => _pattern = pattern;

    /// <summary>
    /// The .NET pattern, and Go's group names with their numbers. Named groups become plain groups in the output
    /// because .NET numbers named groups after all unnamed ones, while Go numbers every group left to right.
    /// </summary>
    public static (string Pattern, IReadOnlyDictionary<string, int> GroupNames) Translate(string pattern)
    {
        var translator = new GoRegexTranslator(pattern);
        translator.Run();
        return (translator._output.ToString(), translator._groupNames);
    }

    private bool AtEnd => _position >= _pattern.Length;

    private char Current => _pattern[_position];

    private void Run()
    {
        var canRepeat = false;
        while (!AtEnd)
        {
            var c = Current;
            switch (c)
            {
                case '\\':
                    TranslateEscape();
                    canRepeat = true;
                    break;
                case '[':
                    TranslateClass();
                    canRepeat = true;
                    break;
                case '(':
                    TranslateGroupOpen();
                    canRepeat = false;
                    break;
                case ')':
                    if (_groups.Count == 0)
                    {
                        throw GoRegexException.Parse("unexpected )", _pattern);
                    }

                    (_multiline, _ungreedy) = _groups.Pop();
                    _output.Append(')');
                    _position++;
                    canRepeat = true;
                    break;
                case '*' or '+' or '?':
                    TranslateRepeat(canRepeat, 1);
                    canRepeat = false;
                    break;
                case '{':
                    if (TryReadRepeatCount(out var length))
                    {
                        TranslateRepeat(canRepeat, length);
                        canRepeat = false;
                    }
                    else
                    {
                        _output.Append("\\{");
                        _position++;
                        canRepeat = true;
                    }

                    break;
                case '$':
                    _output.Append(_multiline ? "(?m:$)" : "\\z");
                    _position++;
                    canRepeat = false;
                    break;
                case '^':
                    _output.Append(_multiline ? "(?m:^)" : "\\A");
                    _position++;
                    canRepeat = false;
                    break;
                case '#' or ' ' or '\t' or '\n' or '\r' or '\f' or '\v':
                    // Literal in Go; escaped so that no .NET option can turn them into syntax.
                    _output.Append(Regex.Escape(c.ToString()));
                    _position++;
                    canRepeat = true;
                    break;
                default:
                    _output.Append(c);
                    _position++;
                    canRepeat = true;
                    break;
            }
        }

        if (_groups.Count > 0)
        {
            throw GoRegexException.Parse("missing closing )", _pattern);
        }
    }

    private void TranslateRepeat(bool canRepeat, int length)
    {
        var op = _pattern.Substring(_position, length);
        if (!canRepeat)
        {
            throw GoRegexException.Parse("missing argument to repetition operator", op);
        }

        _position += length;
        var lazy = !AtEnd && Current == '?';
        if (lazy)
        {
            _position++;
        }

        _output.Append(op);
        if (lazy != _ungreedy)
        {
            _output.Append('?');
        }

        if (!AtEnd && (Current is '*' or '+' or '?' || (Current == '{' && TryReadRepeatCount(out _))))
        {
            throw GoRegexException.Parse("invalid nested repetition operator", op + Current);
        }
    }

    // `{n}`, `{n,}` or `{n,m}`; anything else is a literal brace in Go.
    private bool TryReadRepeatCount(out int length)
    {
        length = 0;
        var close = _pattern.IndexOf('}', _position);
        if (close < 0)
        {
            return false;
        }

        var body = _pattern.AsSpan(_position + 1, close - _position - 1);
        var comma = body.IndexOf(',');
        var minText = comma < 0 ? body : body[..comma];
        var maxText = comma < 0 ? body : body[(comma + 1)..];
        if (!IsDigits(minText) || (comma >= 0 && maxText.Length > 0 && !IsDigits(maxText)))
        {
            return false;
        }

        var min = ParseCount(minText);
        var max = maxText.Length == 0 ? -1 : ParseCount(maxText);
        if (min > MaxRepeat || max > MaxRepeat || (max >= 0 && max < min))
        {
            throw GoRegexException.Parse("invalid repeat count", _pattern[_position..(close + 1)]);
        }

        length = close - _position + 1;
        return true;
    }

    private static int ParseCount(ReadOnlySpan<char> digits) =>
        digits.Length > 4 ? MaxRepeat + 1 : int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private void TranslateGroupOpen()
    {
        _groups.Push((_multiline, _ungreedy));
        if (_position + 1 >= _pattern.Length || _pattern[_position + 1] != '?')
        {
            _output.Append('(');
            _captureCount++;
            _position++;
            return;
        }

        var rest = _pattern.AsSpan(_position);
        if (rest.StartsWith("(?P<") || (rest.StartsWith("(?<") && !rest.StartsWith("(?<=") && !rest.StartsWith("(?<!")))
        {
            TranslateNamedGroup(rest.StartsWith("(?P<") ? 4 : 3);
            return;
        }

        TranslateFlags();
    }

    private void TranslateNamedGroup(int prefixLength)
    {
        var start = _position + prefixLength;
        var close = _pattern.IndexOf('>', start);
        if (close < 0)
        {
            throw GoRegexException.Parse("invalid named capture", _pattern[_position..]);
        }

        var name = _pattern[start..close];
        if (name.Length == 0 || !name.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '_'))
        {
            throw GoRegexException.Parse("invalid named capture", _pattern[_position..(close + 1)]);
        }

        _captureCount++;
        if (!_groupNames.TryAdd(name, _captureCount))
        {
            throw GoRegexException.Parse("duplicate capture group name", name);
        }

        _output.Append('(');
        _position = close + 1;
    }

    // `(?flags)` or `(?flags:re)` with flags from imsU and an optional '-'.
    private void TranslateFlags()
    {
        var start = _position;
        var i = _position + 2;
        var negate = false;
        var sawFlag = false;
        var kept = new StringBuilder();
        var multiline = _multiline;
        var ungreedy = _ungreedy;
        while (i < _pattern.Length && _pattern[i] is not (')' or ':'))
        {
            var flag = _pattern[i];
            switch (flag)
            {
                case '-' when !negate:
                    negate = true;
                    kept.Append('-');
                    break;
                case 'i' or 's':
                    kept.Append(flag);
                    sawFlag = true;
                    break;
                case 'm':
                    multiline = !negate;
                    sawFlag = true;
                    break;
                case 'U':
                    ungreedy = !negate;
                    sawFlag = true;
                    break;
                default:
                    throw GoRegexException.Parse("invalid or unsupported Perl syntax", _pattern[start..Math.Min(i + 1, _pattern.Length)]);
            }

            i++;
        }

        if (i >= _pattern.Length || (negate && kept[^1] == '-' && !sawFlag) || (!sawFlag && _pattern[i] == ')'))
        {
            throw GoRegexException.Parse("invalid or unsupported Perl syntax", _pattern[start..Math.Min(i + 1, _pattern.Length)]);
        }

        var inline = kept.ToString().TrimEnd('-');
        if (_pattern[i] == ')')
        {
            // Flags for the rest of the enclosing group: not a group of its own.
            _groups.Pop();
            _multiline = multiline;
            _ungreedy = ungreedy;
            if (inline.Length > 0)
            {
                _output.Append("(?").Append(inline).Append(')');
            }
        }
        else
        {
            _output.Append("(?").Append(inline).Append(':');
            _multiline = multiline;
            _ungreedy = ungreedy;
        }

        _position = i + 1;
    }

    private void TranslateEscape()
    {
        if (_position + 1 >= _pattern.Length)
        {
            throw GoRegexException.Parse("trailing backslash at end of expression", string.Empty);
        }

        var c = _pattern[_position + 1];
        switch (c)
        {
            case 'd':
                Emit("[" + GoRegexClasses.Digit + "]", 2);
                return;
            case 'D':
                Emit("[" + GoRegexClasses.NotDigit + "]", 2);
                return;
            case 's':
                Emit("[" + GoRegexClasses.Space + "]", 2);
                return;
            case 'S':
                Emit("[" + GoRegexClasses.NotSpace + "]", 2);
                return;
            case 'w':
                Emit("[" + GoRegexClasses.Word + "]", 2);
                return;
            case 'W':
                Emit("[" + GoRegexClasses.NotWord + "]", 2);
                return;
            case 'b' or 'B' or 'A' or 'z':
                Emit("\\" + c, 2);
                return;
            case 'Q':
                TranslateQuote();
                return;
            case 'p' or 'P':
                Emit(ReadUnicodeClass(negatedByEscape: c == 'P'), 0);
                return;
            default:
                Emit(ReadCharacterEscape(inClass: false), 0);
                return;
        }
    }

    private void Emit(string text, int consumed)
    {
        _output.Append(text);
        _position += consumed;
    }

    private void TranslateQuote()
    {
        var start = _position + 2;
        var end = _pattern.IndexOf("\\E", start, StringComparison.Ordinal);
        var literal = end < 0 ? _pattern[start..] : _pattern[start..end];
        _output.Append(Regex.Escape(literal));
        _position = end < 0 ? _pattern.Length : end + 2;
    }

    // `\pL`, `\p{Lu}`, `\p{^L}`, `\PL`: general categories only.
    private string ReadUnicodeClass(bool negatedByEscape)
    {
        var start = _position;
        string name;
        if (_position + 2 < _pattern.Length && _pattern[_position + 2] == '{')
        {
            var close = _pattern.IndexOf('}', _position + 3);
            if (close < 0)
            {
                throw GoRegexException.Parse("invalid character class range", _pattern[start..]);
            }

            name = _pattern[(_position + 3)..close];
            _position = close + 1;
        }
        else if (_position + 2 < _pattern.Length)
        {
            name = _pattern[_position + 2].ToString();
            _position += 3;
        }
        else
        {
            throw GoRegexException.Parse("invalid character class range", _pattern[start..]);
        }

        var negated = negatedByEscape;
        if (name.StartsWith('^'))
        {
            negated = !negated;
            name = name[1..];
        }

        if (name == "Any")
        {
            return negated ? "[^\\s\\S]" : "[\\s\\S]";
        }

        if (!GoRegexClasses.Categories.Contains(name))
        {
            throw GoRegexException.Parse("invalid character class range (Unicode scripts are not supported by Ferry)", _pattern[start.._position]);
        }

        return (negated ? "\\P{" : "\\p{") + name + "}";
    }

    // A single-character escape: control letters, octal, hex, or escaped punctuation.
    private string ReadCharacterEscape(bool inClass)
    {
        var start = _position;
        var c = _pattern[_position + 1];
        switch (c)
        {
            case 'a':
                _position += 2;
                return "\\u0007";
            case 'f' or 't' or 'n' or 'r' or 'v':
                _position += 2;
                return "\\" + c;
            case >= '0' and <= '7':
                return ReadOctal(start);
            case 'x':
                return ReadHex(start, inClass);
            default:
                if (c < 0x80 && !char.IsAsciiLetterOrDigit(c))
                {
                    _position += 2;
                    return c == '_' ? "_" : "\\" + c;
                }

                throw GoRegexException.Parse("invalid escape sequence", _pattern.Substring(start, 2));
        }
    }

    private string ReadOctal(int start)
    {
        var i = _position + 1;
        var first = _pattern[i];
        var next = i + 1 < _pattern.Length ? _pattern[i + 1] : '\0';
        if (first != '0' && next is < '0' or > '7')
        {
            // A lone \1-\7 is a backreference in Perl; RE2 has none.
            throw GoRegexException.Parse("invalid escape sequence", _pattern.Substring(start, 2));
        }

        var value = 0;
        var digits = 0;
        while (i < _pattern.Length && digits < 3 && _pattern[i] is >= '0' and <= '7')
        {
            value = (value * 8) + (_pattern[i] - '0');
            i++;
            digits++;
        }

        _position = i;
        return Codepoint(value, inClass: false);
    }

    private string ReadHex(int start, bool inClass)
    {
        var i = _position + 2;
        string hex;
        if (i < _pattern.Length && _pattern[i] == '{')
        {
            var close = _pattern.IndexOf('}', i);
            if (close < 0)
            {
                throw GoRegexException.Parse("invalid escape sequence", _pattern[start..]);
            }

            hex = _pattern[(i + 1)..close];
            _position = close + 1;
        }
        else
        {
            hex = i + 2 <= _pattern.Length ? _pattern.Substring(i, 2) : _pattern[i..];
            _position = i + 2;
        }

        if (hex.Length == 0 || hex.Length > 8 || !hex.All(char.IsAsciiHexDigit)
            || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value) || value > 0x10FFFF
            || (hex.Length < 2 && _pattern[start + 2] != '{'))
        {
            throw GoRegexException.Parse("invalid escape sequence", _pattern[start..Math.Min(_position, _pattern.Length)]);
        }

        return Codepoint(value, inClass);
    }

    private string Codepoint(int value, bool inClass)
    {
        if (value <= 0xFFFF)
        {
            return "\\u" + value.ToString("X4", CultureInfo.InvariantCulture);
        }

        if (inClass)
        {
            throw GoRegexException.Parse("invalid character class range (code points above U+FFFF are not supported in classes by Ferry)", _pattern);
        }

        var text = char.ConvertFromUtf32(value);
        return "(?:\\u" + ((int)text[0]).ToString("X4", CultureInfo.InvariantCulture) + "\\u"
            + ((int)text[1]).ToString("X4", CultureInfo.InvariantCulture) + ")";
    }

    private void TranslateClass()
    {
        var start = _position;
        _position++;
        _output.Append('[');
        if (!AtEnd && Current == '^')
        {
            _output.Append('^');
            _position++;
        }

        var first = true;
        while (true)
        {
            if (AtEnd)
            {
                throw GoRegexException.Parse("missing closing ]", _pattern[start..]);
            }

            var c = Current;
            if (c == ']' && !first)
            {
                _output.Append(']');
                _position++;
                return;
            }

            first = false;
            TranslateClassItem(start);
        }
    }

    private void TranslateClassItem(int classStart)
    {
        var c = Current;
        if (c == '[' && _pattern.AsSpan(_position).StartsWith("[:"))
        {
            var close = _pattern.IndexOf(":]", _position + 2, StringComparison.Ordinal);
            if (close > 0)
            {
                var name = _pattern[(_position + 2)..close];
                var negated = name.StartsWith('^');
                var key = negated ? name[1..] : name;
                if (!GoRegexClasses.Posix.TryGetValue(key, out var ranges))
                {
                    throw GoRegexException.Parse("invalid character class range", _pattern[_position..(close + 2)]);
                }

                if (negated)
                {
                    throw GoRegexException.Parse("invalid character class range (negated POSIX classes inside a class are not supported by Ferry)", _pattern[_position..(close + 2)]);
                }

                _output.Append(ranges);
                _position = close + 2;
                return;
            }
        }

        if (c == '\\')
        {
            TranslateClassEscape(classStart);
            return;
        }

        // '[' and '-' followed by '[' are class subtraction syntax in .NET: keep them literal.
        _output.Append(c is '[' ? "\\[" : c.ToString());
        _position++;
    }

    private void TranslateClassEscape(int classStart)
    {
        if (_position + 1 >= _pattern.Length)
        {
            throw GoRegexException.Parse("missing closing ]", _pattern[classStart..]);
        }

        var c = _pattern[_position + 1];
        var ranges = c switch
        {
            'd' => GoRegexClasses.Digit,
            'D' => GoRegexClasses.NotDigit,
            's' => GoRegexClasses.Space,
            'S' => GoRegexClasses.NotSpace,
            'w' => GoRegexClasses.Word,
            'W' => GoRegexClasses.NotWord,
            _ => null,
        };
        if (ranges is not null)
        {
            _output.Append(ranges);
            _position += 2;
            return;
        }

        if (c is 'p' or 'P')
        {
            var single = ReadUnicodeClass(negatedByEscape: c == 'P');
            if (single.StartsWith('['))
            {
                throw GoRegexException.Parse("invalid character class range", _pattern[classStart.._position]);
            }

            _output.Append(single);
            return;
        }

        _output.Append(ReadCharacterEscape(inClass: true));
    }
}
