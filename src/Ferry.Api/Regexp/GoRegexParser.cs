namespace Ferry.Api.Regexp;

/// <summary>
/// A syntax-only walk over a pattern that follows the order of checks in Go's <c>regexp/syntax</c> parser (Perl
/// flags, as <c>regexp.Compile</c> uses), so that the first error found and its quoted fragment are the ones Go
/// reports. It keeps just enough state to do that: whether the last item can be repeated, the previous repetition
/// operator, the open groups, and the nested repeat product Go caps at 1000.
/// </summary>
internal sealed class GoRegexParser(string pattern)
{
    private const int MaxRepeat = 1000;
    private const int MaxDepth = 1000;

    private readonly string _s = pattern;
    private readonly Stack<int> _groupWeights = new();
    private int _weight = 1;
    private int _lastWeight = 1;
    private bool _canRepeat;

    public string? Parse()
    {
        var t = 0;
        var lastRepeat = -1;
        while (t < _s.Length)
        {
            var repeat = -1;
            var error = _s[t] switch
            {
                '(' => OpenParen(ref t),
                '|' => Step(ref t, 1, canRepeat: false),
                ')' => CloseParen(ref t),
                '^' or '$' or '.' => Atom(ref t, 1),
                '[' => ParseClass(ref t),
                '*' or '+' or '?' => RepeatOperator(ref t, lastRepeat, out repeat),
                '{' => Braces(ref t, lastRepeat, out repeat),
                '\\' => ParseBackslash(ref t),
                _ => Atom(ref t, RuneLength(t)),
            };
            if (error is not null)
            {
                return error;
            }

            lastRepeat = repeat;
        }

        return _groupWeights.Count == 0 ? null : Error("missing closing )", _s);
    }

    private string? Step(ref int t, int length, bool canRepeat)
    {
        t += length;
        _canRepeat = canRepeat;
        return null;
    }

    private string? Atom(ref int t, int length)
    {
        _lastWeight = 1;
        return Step(ref t, length, canRepeat: true);
    }

    private string? OpenParen(ref int t)
    {
        if (t + 1 < _s.Length && _s[t + 1] == '?')
        {
            return ParsePerlFlags(ref t);
        }

        t++;
        return OpenGroup();
    }

    private string? OpenGroup()
    {
        _groupWeights.Push(_weight);
        _weight = 1;
        _canRepeat = false;
        return _groupWeights.Count > MaxDepth ? Error("expression nests too deeply", _s) : null;
    }

    private string? CloseParen(ref int t)
    {
        if (_groupWeights.Count == 0)
        {
            return Error("unexpected )", _s);
        }

        _lastWeight = _weight;
        _weight = Math.Max(_groupWeights.Pop(), _lastWeight);
        return Step(ref t, 1, canRepeat: true);
    }

    private string? ParsePerlFlags(ref int t)
    {
        var rest = _s.Length - t;
        if ((rest > 4 && _s[t + 2] == 'P' && _s[t + 3] == '<') || (rest > 3 && _s[t + 2] == '<'))
        {
            var begin = _s[t + 2] == 'P' ? t + 4 : t + 3;
            var end = _s.IndexOf('>', t);
            if (end < 0)
            {
                return Error("invalid named capture", _s[t..]);
            }

            if (!IsValidCaptureName(_s[begin..end]))
            {
                return Error("invalid named capture", _s[t..(end + 1)]);
            }

            t = end + 1;
            return OpenGroup();
        }

        var i = t + 2;
        var negated = false;
        var sawFlag = false;
        while (i < _s.Length)
        {
            var c = _s[i];
            i += RuneLength(i);
            switch (c)
            {
                case 'i' or 'm' or 's' or 'U':
                    sawFlag = true;
                    continue;
                case '-' when !negated:
                    negated = true;
                    sawFlag = false;
                    continue;
                case ':' or ')' when !negated || sawFlag:
                    t = i;
                    return c == ':' ? OpenGroup() : null;
            }

            break;
        }

        return Error("invalid or unsupported Perl syntax", _s[t..i]);
    }

    private string? RepeatOperator(ref int t, int lastRepeat, out int repeat)
    {
        repeat = t;
        var after = t + 1;
        var error = Repeat(t, ref after, lastRepeat, count: -1);
        t = after;
        return error;
    }

    private string? Braces(ref int t, int lastRepeat, out int repeat)
    {
        repeat = -1;
        var before = t;
        if (!TryParseRepeat(t, out var min, out var max, out var after))
        {
            // Go reads a '{' that does not start a valid repeat as a literal.
            return Atom(ref t, 1);
        }

        if (min < 0 || min > MaxRepeat || max > MaxRepeat || (max >= 0 && min > max))
        {
            return Error("invalid repeat count", _s[before..after]);
        }

        repeat = before;
        var count = max < 0 ? min : max;
        var error = Repeat(before, ref after, lastRepeat, count >= 2 ? count : -1);
        t = after;
        return error;
    }

    private string? Repeat(int before, ref int after, int lastRepeat, int count)
    {
        if (after < _s.Length && _s[after] == '?')
        {
            after++;
        }

        if (lastRepeat >= 0)
        {
            // Perl does not allow stacking repetition operators: a** is an error, not a doubled star.
            return Error("invalid nested repetition operator", _s[lastRepeat..after]);
        }

        if (!_canRepeat)
        {
            return Error("missing argument to repetition operator", _s[before..after]);
        }

        if (count > 0)
        {
            if ((long)count * _lastWeight > MaxRepeat)
            {
                return Error("invalid repeat count", _s[before..after]);
            }

            _lastWeight *= count;
            _weight = Math.Max(_weight, _lastWeight);
        }

        return null;
    }

    private bool TryParseRepeat(int t, out int min, out int max, out int after)
    {
        max = 0;
        after = t + 1;
        if (!TryParseInt(ref after, out min) || after >= _s.Length)
        {
            return false;
        }

        if (_s[after] != ',')
        {
            max = min;
        }
        else
        {
            after++;
            if (after >= _s.Length)
            {
                return false;
            }

            if (_s[after] == '}')
            {
                max = -1;
            }
            else if (!TryParseInt(ref after, out max))
            {
                return false;
            }
            else if (max < 0)
            {
                min = -1;
            }
        }

        if (after >= _s.Length || _s[after] != '}')
        {
            return false;
        }

        after++;
        return true;
    }

    private bool TryParseInt(ref int i, out int value)
    {
        value = 0;
        if (i >= _s.Length || !char.IsAsciiDigit(_s[i]))
        {
            return false;
        }

        if (i + 1 < _s.Length && _s[i] == '0' && char.IsAsciiDigit(_s[i + 1]))
        {
            return false; // Go disallows leading zeros in repeat counts.
        }

        for (; i < _s.Length && char.IsAsciiDigit(_s[i]); i++)
        {
            if (value >= 100_000_000)
            {
                value = -1;
            }
            else if (value >= 0)
            {
                value = (value * 10) + (_s[i] - '0');
            }
        }

        return true;
    }

    private string? ParseBackslash(ref int t)
    {
        if (t + 1 < _s.Length)
        {
            switch (_s[t + 1])
            {
                case 'A' or 'b' or 'B' or 'z':
                    return Atom(ref t, 2);
                case 'C':
                    return Error("invalid escape sequence", _s[t..(t + 2)]);
                case 'Q':
                    var end = _s.IndexOf("\\E", t + 2, StringComparison.Ordinal);
                    var literalEnd = end < 0 ? _s.Length : end;
                    var hasLiteral = literalEnd > t + 2;
                    t = end < 0 ? _s.Length : end + 2;
                    if (hasLiteral)
                    {
                        _canRepeat = true;
                        _lastWeight = 1;
                    }

                    return null;
                case 'p' or 'P':
                    var error = ParseUnicodeClass(ref t);
                    return error ?? Atom(ref t, 0);
            }
        }

        if (IsPerlClass(t))
        {
            return Atom(ref t, 2);
        }

        return ParseEscape(ref t, out _) ?? Atom(ref t, 0);
    }

    private string? ParseUnicodeClass(ref int t)
    {
        var i = t + 2;
        string name;
        int next;
        if (i >= _s.Length || _s[i] != '{')
        {
            next = i >= _s.Length ? i : i + RuneLength(i);
            name = _s[i..next];
        }
        else
        {
            var end = _s.IndexOf('}', t);
            if (end < 0)
            {
                return Error("invalid character class range", _s[t..]);
            }

            name = _s[(t + 3)..end];
            next = end + 1;
        }

        if (name.StartsWith('^'))
        {
            name = name[1..];
        }

        if (!GoUnicodeClassNames.Contains(name))
        {
            return Error("invalid character class range", _s[t..next]);
        }

        t = next;
        return null;
    }

    private bool IsPerlClass(int i) => i + 1 < _s.Length && _s[i] == '\\' && _s[i + 1] is 'd' or 'D' or 's' or 'S' or 'w' or 'W';

    private string? ParseClass(ref int t)
    {
        var whole = t;
        var i = t + 1;
        if (i < _s.Length && _s[i] == '^')
        {
            i++;
        }

        var first = true;
        while (i >= _s.Length || _s[i] != ']' || first)
        {
            first = false;
            if (_s.Length - i > 2 && _s[i] == '[' && _s[i + 1] == ':')
            {
                var close = _s.IndexOf(":]", i + 2, StringComparison.Ordinal);
                if (close >= 0)
                {
                    var name = _s[i..(close + 2)];
                    if (!GoUnicodeClassNames.IsPosixClass(name))
                    {
                        return Error("invalid character class range", name);
                    }

                    i = close + 2;
                    continue;
                }
            }

            if (i + 1 < _s.Length && _s[i] == '\\' && _s[i + 1] is 'p' or 'P')
            {
                if (ParseUnicodeClass(ref i) is { } unicodeError)
                {
                    return unicodeError;
                }

                continue;
            }

            if (IsPerlClass(i))
            {
                i += 2;
                continue;
            }

            var rangeStart = i;
            if (ParseClassChar(ref i, whole, out var lo) is { } loError)
            {
                return loError;
            }

            if (_s.Length - i >= 2 && _s[i] == '-' && _s[i + 1] != ']')
            {
                i++;
                if (ParseClassChar(ref i, whole, out var hi) is { } hiError)
                {
                    return hiError;
                }

                if (hi < lo)
                {
                    return Error("invalid character class range", _s[rangeStart..i]);
                }
            }
        }

        t = i + 1;
        _canRepeat = true;
        _lastWeight = 1;
        return null;
    }

    private string? ParseClassChar(ref int i, int wholeClass, out int value)
    {
        value = 0;
        if (i >= _s.Length)
        {
            return Error("missing closing ]", _s[wholeClass..]);
        }

        if (_s[i] == '\\')
        {
            return ParseEscape(ref i, out value);
        }

        value = RuneLength(i) == 2 ? char.ConvertToUtf32(_s[i], _s[i + 1]) : _s[i];
        i += RuneLength(i);
        return null;
    }

    private string? ParseEscape(ref int t, out int value)
    {
        value = 0;
        var i = t + 1;
        if (i >= _s.Length)
        {
            return Error("trailing backslash at end of expression", string.Empty);
        }

        var c = _s[i];
        i += RuneLength(i);
        switch (c)
        {
            case < (char)0x80 when !char.IsAsciiLetterOrDigit(c):
                value = c;
                t = i;
                return null;
            case >= '1' and <= '7' when i >= _s.Length || _s[i] is < '0' or > '7':
                // A single non-zero digit is a back-reference, which RE2 does not support.
                break;
            case >= '0' and <= '7':
                value = c - '0';
                for (var n = 1; n < 3 && i < _s.Length && _s[i] is >= '0' and <= '7'; n++, i++)
                {
                    value = (value * 8) + (_s[i] - '0');
                }

                t = i;
                return null;
            case 'x':
                if (TryParseHexEscape(ref i, out value))
                {
                    t = i;
                    return null;
                }

                break;
            case 'a' or 'f' or 'n' or 'r' or 't' or 'v':
                value = c switch { 'a' => 7, 'f' => 12, 'n' => 10, 'r' => 13, 't' => 9, _ => 11 };
                t = i;
                return null;
        }

        return Error("invalid escape sequence", _s[t..i]);
    }

    private bool TryParseHexEscape(ref int i, out int value)
    {
        value = 0;
        if (i >= _s.Length)
        {
            return false;
        }

        var c = _s[i++];
        if (c == '{')
        {
            var digits = 0;
            while (true)
            {
                if (i >= _s.Length)
                {
                    return false;
                }

                c = _s[i++];
                if (c == '}')
                {
                    return digits > 0;
                }

                var digit = HexValue(c);
                if (digit < 0)
                {
                    return false;
                }

                value = (value * 16) + digit;
                if (value > 0x10FFFF)
                {
                    return false;
                }

                digits++;
            }
        }

        var high = HexValue(c);
        var low = i < _s.Length ? HexValue(_s[i]) : -1;
        if (i < _s.Length)
        {
            i++;
        }

        value = (high * 16) + low;
        return high >= 0 && low >= 0;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static bool IsValidCaptureName(string name) =>
        name.Length > 0 && name.All(c => c == '_' || char.IsAsciiLetterOrDigit(c));

    private int RuneLength(int i) => char.IsHighSurrogate(_s[i]) && i + 1 < _s.Length && char.IsLowSurrogate(_s[i + 1]) ? 2 : 1;

    private static string Error(string code, string expression) => $"error parsing regexp: {code}: `{expression}`";
}
