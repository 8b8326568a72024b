using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Ferry.Schemas.Patterns;

/// <summary>
/// Compiles a pattern with the semantics kube-apiserver gives it: Go's RE2 regexp (used by kube-openapi for
/// <c>pattern</c> and by CEL's <c>matches</c>). RE2 has no backtracking constructs and matches in linear time, so
/// the translation rejects lookarounds, backreferences and atomic groups as Go does, and runs the result on .NET's
/// non-backtracking engine (linear too, so a hostile pattern cannot hang validation). Character-class shorthands
/// are ASCII in RE2 (<c>\d</c> is <c>[0-9]</c>) and are spelled out; <c>$</c> without the m flag means end of text.
/// </summary>
internal static class GoRegex
{
    private const int MaxRepeat = 1000;
    private const string SurrogatePair = "(?:[\uD800-\uDBFF][\uDC00-\uDFFF]";

    private static readonly Dictionary<string, string> PosixClasses = new(StringComparer.Ordinal)
    {
        ["alnum"] = "0-9A-Za-z",
        ["alpha"] = "A-Za-z",
        ["ascii"] = "\\x00-\\x7F",
        ["blank"] = "\\t ",
        ["cntrl"] = "\\x00-\\x1F\\x7F",
        ["digit"] = "0-9",
        ["graph"] = "!-~",
        ["lower"] = "a-z",
        ["print"] = " -~",
        ["punct"] = "!-/:-@\\[-`{-~",
        ["space"] = "\\t\\n\\v\\f\\r ",
        ["upper"] = "A-Z",
        ["word"] = "0-9A-Za-z_",
        ["xdigit"] = "0-9A-Fa-f",
    };

    // CRDs repeat the same few patterns hundreds of times (names, keys, namespaces); compile each once.
    private static readonly ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);

    /// <summary>Compiles a Go regexp; throws ArgumentException with Go's wording when Go would reject it.</summary>
    public static Regex Compile(string pattern)
    {
        if (Cache.TryGetValue(pattern, out var cached))
        {
            return cached;
        }

        var regex = CompileUncached(pattern);
        if (Cache.Count < 4096)
        {
            Cache.TryAdd(pattern, regex);
        }

        return regex;
    }

    private static Regex CompileUncached(string pattern)
    {
        var translated = Translate(pattern);
        try
        {
            return new Regex(translated, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
        }
        catch (NotSupportedException e)
        {
            throw new ArgumentException($"error parsing regexp: unsupported expression: `{pattern}`", e);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"error parsing regexp: invalid expression: `{pattern}`", e);
        }
    }

    internal static string Translate(string pattern)
    {
        var multiline = Regex.IsMatch(pattern, @"\(\?[a-zA-Z]*m", RegexOptions.None, TimeSpan.FromSeconds(1));
        var output = new StringBuilder(pattern.Length + 16);
        var inClass = false;
        var negatedClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                if (i + 1 >= pattern.Length)
                {
                    throw new ArgumentException("error parsing regexp: trailing backslash at end of expression: ``");
                }

                i = Escape(pattern, i, inClass, output);
                continue;
            }

            if (inClass)
            {
                if (c == '[' && i + 1 < pattern.Length && pattern[i + 1] == ':')
                {
                    var end = pattern.IndexOf(":]", i + 2, StringComparison.Ordinal);
                    if (end > 0 && PosixClasses.TryGetValue(pattern[(i + 2)..end], out var posix))
                    {
                        output.Append(posix);
                        i = end + 1;
                        continue;
                    }
                }

                if (c == ']')
                {
                    inClass = false;
                    output.Append(negatedClass ? "])" : "]");
                    continue;
                }
                else if (c == '[')
                {
                    // .NET would read "[" inside a class as the start of a subtraction in some positions.
                    output.Append("\\[");
                    continue;
                }

                output.Append(c);
                continue;
            }

            switch (c)
            {
                case '[':
                    inClass = true;
                    negatedClass = i + 1 < pattern.Length && pattern[i + 1] == '^';
                    if (negatedClass)
                    {
                        // RE2 matches runes; a negated class must take a whole surrogate pair as one character.
                        output.Append(SurrogatePair).Append("|[^");
                        i++;
                    }
                    else
                    {
                        output.Append('[');
                    }

                    // A "]" right after "[" or "[^" is a literal in RE2.
                    if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                    {
                        output.Append("\\]");
                        i++;
                    }

                    break;
                case '(':
                    i = Group(pattern, i, output);
                    break;
                case '$':
                    output.Append(multiline ? "$" : "\\z");
                    break;
                case '{':
                    i = Repeat(pattern, i, output);
                    break;
                case '.':
                    // RE2's "." is one rune; in UTF-16 a rune outside the BMP is a surrogate pair.
                    output.Append(SurrogatePair).Append("|.)");
                    break;
                default:
                    output.Append(c);
                    break;
            }
        }

        if (inClass)
        {
            throw new ArgumentException($"error parsing regexp: missing closing ]: `{pattern}`");
        }

        return output.ToString();
    }

    private static int Escape(string pattern, int i, bool inClass, StringBuilder output)
    {
        var next = pattern[i + 1];
        switch (next)
        {
            case 'd':
                output.Append(inClass ? "0-9" : "[0-9]");
                return i + 1;
            case 'D':
                output.Append(inClass ? "\\D" : "[^0-9]");
                return i + 1;
            case 'w':
                output.Append(inClass ? "0-9A-Za-z_" : "[0-9A-Za-z_]");
                return i + 1;
            case 'W':
                output.Append(inClass ? "\\W" : "[^0-9A-Za-z_]");
                return i + 1;
            case 's':
                output.Append(inClass ? "\\t\\n\\f\\r " : "[\\t\\n\\f\\r ]");
                return i + 1;
            case 'S':
                output.Append(inClass ? "\\S" : "[^\\t\\n\\f\\r ]");
                return i + 1;
            case 'Q':
                var end = pattern.IndexOf("\\E", i + 2, StringComparison.Ordinal);
                var literal = end < 0 ? pattern[(i + 2)..] : pattern[(i + 2)..end];
                output.Append(Regex.Escape(literal));
                return end < 0 ? pattern.Length : end + 1;
            case 'p' or 'P' when i + 2 < pattern.Length && pattern[i + 2] != '{':
                output.Append('\\').Append(next).Append('{').Append(pattern[i + 2]).Append('}');
                return i + 2;
            case >= '1' and <= '9':
            case 'k':
                throw new ArgumentException($"error parsing regexp: invalid escape sequence: `\\{next}`");
            case 'z':
                output.Append("\\z");
                return i + 1;
            case 'x' when i + 2 < pattern.Length && pattern[i + 2] == '{':
                var close = pattern.IndexOf('}', i + 3);
                if (close < 0 || !int.TryParse(pattern.AsSpan(i + 3, close - i - 3), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                    || !Rune.IsValid(code))
                {
                    throw new ArgumentException($"error parsing regexp: invalid escape sequence: `{pattern[i..Math.Min(pattern.Length, i + 4)]}`");
                }

                output.Append(Regex.Escape(new Rune(code).ToString()));
                return close;
            case 'Z':
                throw new ArgumentException("error parsing regexp: invalid escape sequence: `\\Z`");
            default:
                output.Append('\\').Append(next);
                return i + 1;
        }
    }

    private static int Group(string pattern, int i, StringBuilder output)
    {
        if (i + 1 < pattern.Length && pattern[i + 1] == '?')
        {
            var rest = pattern[(i + 2)..];
            if (rest.StartsWith("P<", StringComparison.Ordinal))
            {
                output.Append("(?<");
                return i + 3;
            }

            if (rest.StartsWith('=') || rest.StartsWith('!') || rest.StartsWith("<=", StringComparison.Ordinal)
                || rest.StartsWith("<!", StringComparison.Ordinal) || rest.StartsWith('>') || rest.StartsWith('('))
            {
                throw new ArgumentException($"error parsing regexp: invalid or unsupported Perl syntax: `(?{rest[..Math.Min(1, rest.Length)]}`");
            }

            var flagEnd = 0;
            while (flagEnd < rest.Length && rest[flagEnd] is not (')' or ':'))
            {
                if (rest[flagEnd] is not ('i' or 'm' or 's' or 'U' or '-') || rest[flagEnd] == 'U')
                {
                    if (rest[flagEnd] == '<')
                    {
                        // (?<name>...) is accepted by newer Go versions as a named group.
                        output.Append('(');
                        return i;
                    }

                    throw new ArgumentException($"error parsing regexp: invalid or unsupported Perl syntax: `(?{rest[..(flagEnd + 1)]}`");
                }

                flagEnd++;
            }
        }

        output.Append('(');
        return i;
    }

    private static int Repeat(string pattern, int i, StringBuilder output)
    {
        var close = pattern.IndexOf('}', i);
        var match = close < 0 ? null : Regex.Match(pattern[(i + 1)..close], @"^(\d+)(,(\d*))?$", RegexOptions.None, TimeSpan.FromSeconds(1));
        if (match is null || !match.Success)
        {
            // Not a repetition: RE2 treats "{" as a literal.
            output.Append("\\{");
            return i;
        }

        var min = long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var max = match.Groups[3].Success && match.Groups[3].Value.Length > 0
            ? long.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture)
            : min;
        if (min > MaxRepeat || max > MaxRepeat || max < min)
        {
            throw new ArgumentException($"error parsing regexp: invalid repeat count: `{pattern[i..(close + 1)]}`");
        }

        output.Append(pattern, i, close - i + 1);
        return close;
    }
}
