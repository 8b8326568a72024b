using System.Globalization;
using System.Text;

namespace Ferry.Api.Regexp;

/// <summary>
/// Rewrites an RE2 (Go regexp) pattern, already accepted by <see cref="GoRegexParser"/>, into a .NET pattern with
/// the same meaning. Differences handled: Go matches runes, so <c>.</c>, classes and literals above U+FFFF take a
/// whole surrogate pair; <c>\d \s \w</c> and POSIX classes are ASCII-only; <c>^</c> and <c>$</c> without (?m) mean
/// the ends of the text; (?s) and (?U) are applied here; <c>(?P&lt;name&gt;)</c> groups are numbered left to right;
/// <c>\Q...\E</c>, <c>\x{...}</c> and octal escapes. What .NET cannot express (Go's Unicode scripts) is refused.
/// </summary>
internal sealed class GoRegexTranslator
{
    private readonly string _pattern;
    private readonly StringBuilder _output = new();
    private readonly Stack<Flags> _groups = new();
    private readonly Dictionary<string, int> _groupNames = new(StringComparer.Ordinal);
    private int _captureCount;
    private int _position;
    private Flags _flags;

    // Where the output stood before flag groups like (?i) that follow the last atom: a repetition operator after
    // them repeats that atom in Go, so it goes in there.
    private int _repeatInsertAt = -1;

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
        while (!AtEnd)
        {
            switch (Current)
            {
                case '\\':
                    TranslateEscape();
                    break;
                case '[':
                    var (members, negated) = ReadClass();
                    Emit(members.ToPattern(negated));
                    break;
                case '(':
                    TranslateGroupOpen();
                    break;
                case ')':
                    _flags = _groups.Pop();
                    Emit(")", 1);
                    break;
                case '|':
                    Emit("|", 1);
                    break;
                case '*' or '+' or '?':
                    TranslateRepeat(1);
                    break;
                case '{' when RepeatLength() is var length and > 0:
                    TranslateRepeat(length);
                    break;
                case '$':
                    Emit(_flags.Multiline ? "(?m:$)" : "\\z", 1);
                    break;
                case '^':
                    Emit(_flags.Multiline ? "(?m:^)" : "\\A", 1);
                    break;
                case '.':
                    Emit((_flags.DotAll ? new GoRuneSet() : GoRuneSet.Of('\n', '\n')).ToPattern(negate: true), 1);
                    break;
                default:
                    var rune = ReadRune();
                    Emit(Literal(rune));
                    break;
            }
        }
    }

    private void Emit(string text, int consumed = 0)
    {
        _output.Append(text);
        _position += consumed;
        _repeatInsertAt = -1;
    }

    // A literal rune, escaped so that no .NET syntax or option can read it differently; a pair is one atom.
    private static string Literal(int rune)
    {
        if (rune <= 0xFFFF)
        {
            return Unit(rune);
        }

        var text = char.ConvertFromUtf32(rune);
        return "(?:" + Unit(text[0]) + Unit(text[1]) + ")";
    }

    private static string Unit(int value) => "\\u" + value.ToString("X4", CultureInfo.InvariantCulture);

    private int ReadRune()
    {
        var rune = char.IsHighSurrogate(Current) && _position + 1 < _pattern.Length && char.IsLowSurrogate(_pattern[_position + 1])
            ? char.ConvertToUtf32(Current, _pattern[_position + 1])
            : Current;
        _position += rune > 0xFFFF ? 2 : 1;
        return rune;
    }

    private void TranslateRepeat(int length)
    {
        var op = _pattern.Substring(_position, length);
        _position += length;
        var lazy = !AtEnd && Current == '?';
        if (lazy)
        {
            _position++;
        }

        var quantifier = lazy != _flags.Ungreedy ? op + "?" : op;
        if (_repeatInsertAt >= 0)
        {
            _output.Insert(_repeatInsertAt, quantifier);
            _repeatInsertAt = -1;
        }
        else
        {
            Emit(quantifier);
        }
    }

    // The length of `{n}`, `{n,}` or `{n,m}` at the position, or 0 when Go reads the brace as a literal (also for
    // `{,n}` and for counts with a leading zero).
    private int RepeatLength()
    {
        var close = _pattern.IndexOf('}', _position);
        if (close < 0)
        {
            return 0;
        }

        var body = _pattern.AsSpan(_position + 1, close - _position - 1);
        var comma = body.IndexOf(',');
        var min = comma < 0 ? body : body[..comma];
        var max = comma < 0 ? body : body[(comma + 1)..];
        return IsCount(min) && (comma < 0 || max.IsEmpty || IsCount(max)) ? close - _position + 1 : 0;
    }

    private static bool IsCount(ReadOnlySpan<char> text) =>
        !text.IsEmpty && !text.ContainsAnyExceptInRange('0', '9') && (text.Length == 1 || text[0] != '0');

    private void TranslateGroupOpen()
    {
        _groups.Push(_flags);
        if (_position + 1 >= _pattern.Length || _pattern[_position + 1] != '?')
        {
            _captureCount++;
            Emit("(", 1);
            return;
        }

        var rest = _pattern.AsSpan(_position);
        if (rest.StartsWith("(?P<") || rest.StartsWith("(?<"))
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
        _captureCount++;

        // Go accepts a name used twice; a reference to it means the first group of that name.
        _groupNames.TryAdd(_pattern[start..close], _captureCount);
        Emit("(");
        _position = close + 1;
    }

    // `(?flags)` or `(?flags:re)` with flags from imsU and an optional '-'; only i is left to .NET.
    private void TranslateFlags()
    {
        var i = _position + 2;
        var negate = false;
        var caseInsensitive = new StringBuilder();
        var flags = _flags;
        for (; _pattern[i] is not (')' or ':'); i++)
        {
            switch (_pattern[i])
            {
                case '-':
                    negate = true;
                    break;
                case 'i':
                    caseInsensitive.Append(negate ? "-i" : "i");
                    break;
                case 'm':
                    flags = flags with { Multiline = !negate };
                    break;
                case 's':
                    flags = flags with { DotAll = !negate };
                    break;
                case 'U':
                    flags = flags with { Ungreedy = !negate };
                    break;
            }
        }

        if (_pattern[i] == ')')
        {
            // Flags for the rest of the enclosing group: not a group of its own.
            _groups.Pop();
            if (caseInsensitive.Length > 0)
            {
                var insertAt = _repeatInsertAt >= 0 ? _repeatInsertAt : _output.Length;
                Emit("(?" + caseInsensitive + ")");
                _repeatInsertAt = insertAt;
            }
        }
        else
        {
            Emit("(?" + caseInsensitive + ":");
        }

        _flags = flags;
        _position = i + 1;
    }

    private void TranslateEscape()
    {
        var c = _pattern[_position + 1];
        switch (c)
        {
            case 'd' or 'D' or 's' or 'S' or 'w' or 'W':
                Emit(GoRegexClasses.PerlClass(char.ToLowerInvariant(c)).ToPattern(negate: char.IsUpper(c)), 2);
                return;
            case 'b' or 'B' or 'A' or 'z':
                Emit("\\" + c, 2);
                return;
            case 'Q':
                TranslateQuote();
                return;
            case 'p' or 'P':
                var (members, negated) = ReadUnicodeClass();
                Emit(members.ToPattern(negated));
                return;
            default:
                Emit(Literal(ReadCharacterEscape()));
                return;
        }
    }

    private void TranslateQuote()
    {
        var start = _position + 2;
        var end = _pattern.IndexOf("\\E", start, StringComparison.Ordinal);
        _position = start;
        var stop = end < 0 ? _pattern.Length : end;
        while (_position < stop)
        {
            Emit(Literal(ReadRune()));
        }

        _position = end < 0 ? _pattern.Length : end + 2;
    }

    // `\pL`, `\p{Lu}`, `\p{^L}`, `\PL`.
    private (GoRuneSet Members, bool Negated) ReadUnicodeClass()
    {
        var start = _position;
        var negated = _pattern[_position + 1] == 'P';
        string name;
        if (_pattern[_position + 2] == '{')
        {
            var close = _pattern.IndexOf('}', _position + 3);
            name = _pattern[(_position + 3)..close];
            _position = close + 1;
        }
        else
        {
            _position += 2;
            name = char.ConvertFromUtf32(ReadRune());
        }

        if (name.StartsWith('^'))
        {
            negated = !negated;
            name = name[1..];
        }

        var set = GoUnicodeClassNames.Canonical(name) is { } canonical ? GoRegexClasses.UnicodeClass(canonical) : null;
        if (set is null)
        {
            throw GoRegexException.Parse("invalid character class range (Unicode scripts are not supported by Ferry)", _pattern[start.._position]);
        }

        return (set, negated);
    }

    // A single-character escape: control letters, octal, hex, or escaped punctuation.
    private int ReadCharacterEscape()
    {
        var c = _pattern[_position + 1];
        switch (c)
        {
            case 'a' or 'f' or 't' or 'n' or 'r' or 'v':
                _position += 2;
                return c switch { 'a' => 7, 'f' => 12, 't' => 9, 'n' => 10, 'r' => 13, _ => 11 };
            case >= '0' and <= '7':
                return ReadOctal();
            case 'x':
                return ReadHex();
            default:
                _position += 2;
                return c;
        }
    }

    private int ReadOctal()
    {
        var i = _position + 1;
        var value = 0;
        for (var digits = 0; i < _pattern.Length && digits < 3 && _pattern[i] is >= '0' and <= '7'; digits++, i++)
        {
            value = (value * 8) + (_pattern[i] - '0');
        }

        _position = i;
        return value;
    }

    private int ReadHex()
    {
        var i = _position + 2;
        string hex;
        if (_pattern[i] == '{')
        {
            var close = _pattern.IndexOf('}', i);
            hex = _pattern[(i + 1)..close];
            _position = close + 1;
        }
        else
        {
            hex = _pattern.Substring(i, 2);
            _position = i + 2;
        }

        return int.Parse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
    }

    private (GoRuneSet Members, bool Negated) ReadClass()
    {
        _position++;
        var negated = !AtEnd && Current == '^';
        if (negated)
        {
            _position++;
        }

        var set = new GoRuneSet();
        var first = true;
        while (first || Current != ']')
        {
            first = false;
            set.Add(ReadClassItem());
        }

        _position++;
        return (set, negated);
    }

    private GoRuneSet ReadClassItem()
    {
        if (_pattern.AsSpan(_position).StartsWith("[:") && _pattern.IndexOf(":]", _position + 2, StringComparison.Ordinal) is var close and > 0)
        {
            var name = _pattern[(_position + 2)..close];
            var negated = name.StartsWith('^');
            var set = GoRegexClasses.PosixClass(negated ? name[1..] : name)!;
            _position = close + 2;
            return negated ? set.Negated() : set;
        }

        // Inside a class a negated item is complemented here, so .NET may fold its case after (a known edge: Go
        // folds first, so under (?i) [\W] leaves out the Kelvin sign, which .NET folds onto k).
        if (Current == '\\' && _pattern[_position + 1] is 'd' or 'D' or 's' or 'S' or 'w' or 'W')
        {
            var letter = _pattern[_position + 1];
            var set = GoRegexClasses.PerlClass(char.ToLowerInvariant(letter));
            _position += 2;
            return char.IsUpper(letter) ? set.Negated() : set;
        }

        if (Current == '\\' && _pattern[_position + 1] is 'p' or 'P')
        {
            var (members, negated) = ReadUnicodeClass();
            return negated ? members.Negated() : members;
        }

        var lo = ReadClassChar();
        if (_position + 1 < _pattern.Length && Current == '-' && _pattern[_position + 1] != ']')
        {
            _position++;
            return GoRuneSet.Of(lo, ReadClassChar());
        }

        return GoRuneSet.Of(lo, lo);
    }

    private int ReadClassChar() => Current == '\\' ? ReadCharacterEscape() : ReadRune();

    private readonly record struct Flags(bool Multiline, bool DotAll, bool Ungreedy);
}
