using System.Text;
using Ferry.Templating.Formatting;
using Ferry.Templating.Values;
using static Ferry.Templating.Functions.Sprig.SprigValues;

namespace Ferry.Templating.Functions.Sprig;

/// <summary>sprig's string functions (strings.go, functions.go), argument order as sprig defines it.</summary>
internal static class StringFunctions
{
    private static readonly GoType S = GoType.String;
    private static readonly GoType I = GoType.Int;
    private static readonly GoType A = GoType.Any;

    public static IEnumerable<GoFunction> All()
    {
        yield return new("hello", [], null, _ => Str("Hello!"));
        yield return new("toString", [A], null, a => StrVal(a[0]));
        yield return new("upper", [S], null, a => MapRunes(Bytes(a[0]), char.ToUpperInvariant, ascii: true));
        yield return new("lower", [S], null, a => MapRunes(Bytes(a[0]), char.ToLowerInvariant, ascii: true));
        yield return new("title", [S], null, a => Title(Text(a[0])));
        yield return new("untitle", [S], null, a => Untitle(Text(a[0])));
        yield return new("trim", [S], null, a => TrimRunes(Bytes(a[0]), IsGoSpace));
        yield return new("trimAll", [S, S], null, a => TrimRunes(Bytes(a[1]), Cutset(Text(a[0]))));
        yield return new("trimall", [S, S], null, a => TrimRunes(Bytes(a[1]), Cutset(Text(a[0]))));
        yield return new("trimSuffix", [S, S], null, a => TrimSuffix(Bytes(a[1]), Bytes(a[0])));
        yield return new("trimPrefix", [S, S], null, a => TrimPrefix(Bytes(a[1]), Bytes(a[0])));
        yield return new("nospace", [S], null, a => RemoveRunes(Bytes(a[0]), IsGoSpace));
        yield return new("repeat", [I, S], null, a => Repeat((long)a[0]!, Bytes(a[1])));
        yield return new("substr", [I, I, S], null, a => Substring((long)a[0]!, (long)a[1]!, Bytes(a[2])));
        yield return new("trunc", [I, S], null, a => Truncate((long)a[0]!, Bytes(a[1])));
        yield return new("abbrev", [I, S], null, a => Abbreviate((int)(long)a[0]!, Text(a[1])));
        yield return new("contains", [S, S], null, a => Bytes(a[1]).Span.IndexOf(Bytes(a[0]).Span) >= 0);
        yield return new("hasPrefix", [S, S], null, a => Bytes(a[1]).Span.StartsWith(Bytes(a[0]).Span));
        yield return new("hasSuffix", [S, S], null, a => Bytes(a[1]).Span.EndsWith(Bytes(a[0]).Span));
        yield return new("quote", [], A, a => Quote(a, single: false));
        yield return new("squote", [], A, a => Quote(a, single: true));
        yield return new("cat", [], A, a => Cat(a));
        yield return new("indent", [I, S], null, a => Indent((long)a[0]!, Bytes(a[1])));
        yield return new("nindent", [I, S], null, a => Concat(Str("\n"), Indent((long)a[0]!, Bytes(a[1]))));
        yield return new("replace", [S, S, S], null, a => Replace(Bytes(a[2]), Bytes(a[0]), Bytes(a[1])));
        yield return new("plural", [S, S, I], null, a => (long)a[2]! == 1 ? a[0] : a[1]);
        yield return new("split", [S, S], null, a => SplitMap(Split(Bytes(a[1]), Bytes(a[0]), -1)));
        yield return new("splitList", [S, S], null, a => GoList.OfStrings(Split(Bytes(a[1]), Bytes(a[0]), -1)));
        yield return new("splitn", [S, I, S], null, a => SplitMap(Split(Bytes(a[2]), Bytes(a[0]), (int)(long)a[1]!)));
        yield return new("toStrings", [A], null, a => GoList.OfStrings(StringSlice(a[0])));
        yield return new("join", [S, A], null, a => Join(StringSlice(a[1]), Bytes(a[0])));
        yield return new("sortAlpha", [A], null, a => SortAlpha(a[0]));
        yield return new("initials", [S], null, a => Initials(Text(a[0])));
        yield return new("swapcase", [S], null, a => Str(string.Concat(Text(a[0]).Select(c =>
            char.IsUpper(c) ? char.ToLowerInvariant(c) : char.IsLower(c) ? char.ToUpperInvariant(c) : c))));
        yield return new("wrap", [I, S], null, a => Str(Wrap(Text(a[1]), (int)(long)a[0]!, "\n")));
        yield return new("wrapWith", [I, S, S], null, a => Str(Wrap(Text(a[2]), (int)(long)a[0]!, Text(a[1]))));
    }

    /// <summary>Go's strings.ToUpper/ToLower: ASCII fast path keeps bytes; otherwise rune by rune.</summary>
    private static GoString MapRunes(GoString input, Func<char, char> map, bool ascii)
    {
        var span = input.Span;
        if (ascii && !span.ContainsAnyInRange((byte)0x80, (byte)0xFF))
        {
            var bytes = span.ToArray();
            for (var i = 0; i < bytes.Length; i++)
            {
                bytes[i] = (byte)map((char)bytes[i]);
            }

            return GoString.FromOwnedBytes(bytes);
        }

        var output = new ByteBuilder(input.Length);
        while (!span.IsEmpty)
        {
            var (rune, width) = GoQuote.DecodeRune(span);
            var mapped = rune <= 0xFFFF ? map((char)rune) : rune;
            output.AppendRune(mapped);
            span = span[width..];
        }

        return output.ToGoString();
    }

    /// <summary>Go's unicode.IsSpace.</summary>
    private static bool IsGoSpace(int rune) => rune switch
    {
        '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or 0x85 or 0xA0 => true,
        < 0x100 => false,
        _ => Rune.IsValid(rune) && Rune.IsWhiteSpace(new Rune(rune)),
    };

    private static Func<int, bool> Cutset(string cutset)
    {
        var runes = cutset.EnumerateRunes().Select(r => r.Value).ToHashSet();
        return runes.Contains;
    }

    /// <summary>strings.TrimFunc over bytes: invalid bytes read as U+FFFD and stay unless the predicate takes it.</summary>
    private static GoString TrimRunes(GoString input, Func<int, bool> trim)
    {
        var span = input.Span;
        var start = 0;
        while (start < span.Length)
        {
            var (rune, width) = GoQuote.DecodeRune(span[start..]);
            if (!trim(rune))
            {
                break;
            }

            start += width;
        }

        var end = span.Length;
        while (end > start)
        {
            var begin = end - 1;
            while (begin > start && (span[begin] & 0xC0) == 0x80 && end - begin < 4)
            {
                begin--;
            }

            var (rune, width) = GoQuote.DecodeRune(span[begin..end]);
            if (begin + width != end)
            {
                (rune, width) = (0xFFFD, 1);
                begin = end - 1;
            }

            if (!trim(rune))
            {
                break;
            }

            end = begin;
        }

        return GoString.FromBytes(span[start..end]);
    }

    private static GoString RemoveRunes(GoString input, Func<int, bool> remove)
    {
        var output = new ByteBuilder(input.Length);
        var span = input.Span;
        while (!span.IsEmpty)
        {
            var (rune, width) = GoQuote.DecodeRune(span);
            if (!remove(rune))
            {
                output.Append(span[..width]);
            }

            span = span[width..];
        }

        return output.ToGoString();
    }

    private static GoString Title(string text)
    {
        var builder = new StringBuilder(text.Length);
        var previous = ' ';
        foreach (var c in text)
        {
            builder.Append(IsSeparator(previous) ? char.ToUpperInvariant(c) : c);
            previous = c;
        }

        return Str(builder.ToString());
    }

    private static bool IsSeparator(char c) =>
        !(char.IsLetterOrDigit(c) || c == '_') && (c < 0x80 || char.IsWhiteSpace(c));

    private static GoString Untitle(string text)
    {
        var builder = new StringBuilder(text.Length);
        var previous = ' ';
        foreach (var c in text)
        {
            builder.Append(char.IsWhiteSpace(previous) ? char.ToLowerInvariant(c) : c);
            previous = c;
        }

        return Str(builder.ToString());
    }

    public static GoString Concat(GoString a, GoString b)
    {
        var output = new ByteBuilder(a.Length + b.Length);
        output.Append(a);
        output.Append(b);
        return output.ToGoString();
    }

    private static GoString TrimSuffix(GoString s, GoString suffix) =>
        s.Span.EndsWith(suffix.Span) ? s.Slice(0, s.Length - suffix.Length) : s;

    private static GoString TrimPrefix(GoString s, GoString prefix) =>
        s.Span.StartsWith(prefix.Span) ? s.Slice(prefix.Length, s.Length - prefix.Length) : s;

    private static GoString Repeat(long count, GoString s)
    {
        if (count < 0)
        {
            throw new TemplateFunctionException("strings: negative Repeat count");
        }

        if (count * s.Length > 64L * 1024 * 1024)
        {
            throw new TemplateFunctionException("strings: Repeat output length overflow");
        }

        var output = new ByteBuilder((int)(count * s.Length));
        for (var i = 0; i < count; i++)
        {
            output.Append(s);
        }

        return output.ToGoString();
    }

    private static GoString Substring(long start, long end, GoString s)
    {
        if (start < 0)
        {
            return SliceBytes(s, 0, end);
        }

        if (end < 0 || end > s.Length)
        {
            return SliceBytes(s, start, s.Length);
        }

        return SliceBytes(s, start, end);
    }

    private static GoString SliceBytes(GoString s, long start, long end)
    {
        if (end < 0 || end > s.Length)
        {
            throw new TemplateFunctionException($"runtime error: slice bounds out of range [:{end}] with length {s.Length}");
        }

        if (start > end)
        {
            throw new TemplateFunctionException($"runtime error: slice bounds out of range [{start}:{end}]");
        }

        return s.Slice((int)start, (int)(end - start));
    }

    private static GoString Truncate(long count, GoString s)
    {
        if (count < 0 && s.Length + count > 0)
        {
            return s.Slice((int)(s.Length + count), (int)-count);
        }

        if (count >= 0 && s.Length > count)
        {
            return s.Slice(0, (int)count);
        }

        return s;
    }

    private static GoString Abbreviate(int width, string s)
    {
        if (width < 4)
        {
            return Str(s);
        }

        return Str(s.Length <= width ? s : s[..(width - 3)] + "...");
    }

    private static GoString Quote(object?[] args, bool single)
    {
        var output = new ByteBuilder();
        var first = true;
        foreach (var arg in args)
        {
            if (arg is null)
            {
                continue;
            }

            if (!first)
            {
                output.Append((byte)' ');
            }

            first = false;
            var text = StrVal(arg);
            if (single)
            {
                output.Append((byte)'\'');
                output.Append(text);
                output.Append((byte)'\'');
            }
            else
            {
                GoQuote.AppendQuoted(output, text.Span, (byte)'"', false);
            }
        }

        return output.ToGoString();
    }

    private static GoString Cat(object?[] args)
    {
        var values = args.Where(a => a is not null).ToArray();
        var output = new ByteBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                output.Append((byte)' ');
            }

            GoFormatter.PrintValue(output, values[i]);
        }

        return output.ToGoString();
    }

    private static GoString Indent(long spaces, GoString text)
    {
        var pad = Repeat(Math.Max(spaces, 0), Str(" "));
        var output = new ByteBuilder(text.Length + (int)spaces);
        output.Append(pad);
        foreach (var c in text.Span)
        {
            output.Append(c);
            if (c == '\n')
            {
                output.Append(pad);
            }
        }

        return output.ToGoString();
    }

    public static GoString Replace(GoString s, GoString old, GoString replacement)
    {
        var output = new ByteBuilder(s.Length);
        var span = s.Span;
        if (old.Length == 0)
        {
            // Go inserts the replacement before every rune and at the end.
            output.Append(replacement);
            while (!span.IsEmpty)
            {
                var (_, width) = GoQuote.DecodeRune(span);
                output.Append(span[..width]);
                output.Append(replacement);
                span = span[width..];
            }

            return output.ToGoString();
        }

        while (true)
        {
            var index = span.IndexOf(old.Span);
            if (index < 0)
            {
                output.Append(span);
                return output.ToGoString();
            }

            output.Append(span[..index]);
            output.Append(replacement);
            span = span[(index + old.Length)..];
        }
    }

    /// <summary>Go's strings.SplitN (n &lt; 0: all).</summary>
    public static List<GoString> Split(GoString s, GoString separator, int n)
    {
        var parts = new List<GoString>();
        if (n == 0)
        {
            return parts;
        }

        var span = s.Span;
        if (separator.Length == 0)
        {
            while (!span.IsEmpty && (n < 0 || parts.Count < n - 1))
            {
                var (_, width) = GoQuote.DecodeRune(span);
                parts.Add(GoString.FromBytes(span[..width]));
                span = span[width..];
            }

            if (!span.IsEmpty)
            {
                parts.Add(GoString.FromBytes(span));
            }

            return parts;
        }

        while (n < 0 || parts.Count < n - 1)
        {
            var index = span.IndexOf(separator.Span);
            if (index < 0)
            {
                break;
            }

            parts.Add(GoString.FromBytes(span[..index]));
            span = span[(index + separator.Length)..];
        }

        parts.Add(GoString.FromBytes(span));
        return parts;
    }

    private static GoMap SplitMap(List<GoString> parts)
    {
        var map = new GoMap(GoType.MapOfString);
        for (var i = 0; i < parts.Count; i++)
        {
            map.Entries[Str("_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))] = parts[i];
        }

        return map;
    }

    /// <summary>sprig's strslice: a []string as is, other slices element by element (nil dropped), else one strval.</summary>
    public static List<GoString> StringSlice(object? value)
    {
        return value switch
        {
            GoList list when list.Type == GoType.ListOfString => [.. list.Items.Cast<GoString>()],
            GoList list => [.. list.Items.Where(i => i is not null).Select(StrVal)],
            null => [],
            _ => [StrVal(value)],
        };
    }

    private static GoString Join(List<GoString> parts, GoString separator)
    {
        var output = new ByteBuilder();
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                output.Append(separator);
            }

            output.Append(parts[i]);
        }

        return output.ToGoString();
    }

    private static GoList SortAlpha(object? value)
    {
        if (value is not GoList list)
        {
            return GoList.OfStrings([StrVal(value)]);
        }

        var items = StringSlice(list);
        items.Sort();
        return GoList.OfStrings(items);
    }

    private static GoString Initials(string text)
    {
        var builder = new StringBuilder();
        var previousSpace = true;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                previousSpace = true;
                continue;
            }

            if (previousSpace)
            {
                builder.Append(c);
            }

            previousSpace = false;
        }

        return Str(builder.ToString());
    }

    /// <summary>Apache-commons style word wrap as sprig's util.Wrap (long words are not broken).</summary>
    private static string Wrap(string text, int width, string newline)
    {
        if (width < 1)
        {
            width = 1;
        }

        var builder = new StringBuilder();
        var offset = 0;
        var length = text.Length;
        while (length - offset > width)
        {
            if (text[offset] == ' ')
            {
                offset++;
                continue;
            }

            var space = text.LastIndexOf(' ', Math.Min(offset + width, length - 1), Math.Min(offset + width, length - 1) - offset + 1);
            if (space >= offset)
            {
                builder.Append(text, offset, space - offset).Append(newline);
                offset = space + 1;
            }
            else
            {
                space = text.IndexOf(' ', offset + width);
                if (space >= 0)
                {
                    builder.Append(text, offset, space - offset).Append(newline);
                    offset = space + 1;
                }
                else
                {
                    builder.Append(text, offset, length - offset);
                    offset = length;
                }
            }
        }

        builder.Append(text, offset, length - offset);
        return builder.ToString();
    }
}
