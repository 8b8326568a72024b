using System.Collections.Concurrent;
using System.Globalization;

namespace Ferry.Api.Regexp;

/// <summary>
/// The named classes of RE2 as rune sets: the Perl classes (<c>\d \s \w</c>) and POSIX classes, which are ASCII-only
/// in Go, and the Unicode general categories of <c>\p{...}</c>, read from .NET's own Unicode data so that code
/// points above U+FFFF are members too. Go's script names have no .NET data and are not offered.
/// </summary>
internal static class GoRegexClasses
{
    private static readonly Dictionary<char, (int Lo, int Hi)[]> Perl = new()
    {
        ['d'] = [('0', '9')],
        ['s'] = [('\t', '\n'), ('\f', '\r'), (' ', ' ')],
        ['w'] = [('0', '9'), ('A', 'Z'), ('_', '_'), ('a', 'z')],
    };

    private static readonly Dictionary<string, (int Lo, int Hi)[]> Posix = new(StringComparer.Ordinal)
    {
        ["alnum"] = [('0', '9'), ('A', 'Z'), ('a', 'z')],
        ["alpha"] = [('A', 'Z'), ('a', 'z')],
        ["ascii"] = [(0, 0x7F)],
        ["blank"] = [('\t', '\t'), (' ', ' ')],
        ["cntrl"] = [(0, 0x1F), (0x7F, 0x7F)],
        ["digit"] = [('0', '9')],
        ["graph"] = [('!', '~')],
        ["lower"] = [('a', 'z')],
        ["print"] = [(' ', '~')],
        ["punct"] = [('!', '/'), (':', '@'), ('[', '`'), ('{', '~')],
        ["space"] = [('\t', '\r'), (' ', ' ')],
        ["upper"] = [('A', 'Z')],
        ["word"] = [('0', '9'), ('A', 'Z'), ('_', '_'), ('a', 'z')],
        ["xdigit"] = [('0', '9'), ('A', 'F'), ('a', 'f')],
    };

    private static readonly Dictionary<string, UnicodeCategory[]> Categories = BuildCategories();

    // Computed on first use: one pass over all code points per category asked for.
    private static readonly ConcurrentDictionary<string, GoRuneSet> CategorySets = new(StringComparer.Ordinal);

    /// <summary><c>\d</c>, <c>\s</c> or <c>\w</c> by its letter (lower case; upper case is the caller's negation).</summary>
    public static GoRuneSet PerlClass(char letter) => FromRanges(Perl[letter]);

    /// <summary>A POSIX class by name (<c>alpha</c>), or null when Go does not know it.</summary>
    public static GoRuneSet? PosixClass(string name) =>
        Posix.TryGetValue(name, out var ranges) ? FromRanges(ranges) : null;

    /// <summary>
    /// A <c>\p{...}</c> class by the canonical name <see cref="GoUnicodeClassNames.Canonical"/> gives, or null for
    /// a script (which .NET has no data for).
    /// </summary>
    public static GoRuneSet? UnicodeClass(string canonicalName) => canonicalName switch
    {
        "Any" => GoRuneSet.Of(0, GoRuneSet.MaxRune),
        "ASCII" => GoRuneSet.Of(0, 0x7F),
        "Assigned" => CategorySet("Cn").Negated(),
        _ when Categories.ContainsKey(canonicalName) => CategorySet(canonicalName),
        _ => null,
    };

    private static GoRuneSet CategorySet(string name) => CategorySets.GetOrAdd(name, static n => Scan(Categories[n]));

    private static GoRuneSet Scan(UnicodeCategory[] categories)
    {
        var set = new GoRuneSet();
        var start = -1;
        for (var rune = 0; rune <= GoRuneSet.MaxRune + 1; rune++)
        {
            var member = rune <= GoRuneSet.MaxRune && categories.Contains(CharUnicodeInfo.GetUnicodeCategory(rune));
            if (member && start < 0)
            {
                start = rune;
            }
            else if (!member && start >= 0)
            {
                set.Add(start, rune - 1);
                start = -1;
            }
        }

        return set;
    }

    private static GoRuneSet FromRanges((int Lo, int Hi)[] ranges)
    {
        var set = new GoRuneSet();
        foreach (var (lo, hi) in ranges)
        {
            set.Add(lo, hi);
        }

        return set;
    }

    private static Dictionary<string, UnicodeCategory[]> BuildCategories()
    {
        var byCode = new Dictionary<string, UnicodeCategory>(StringComparer.Ordinal)
        {
            ["Lu"] = UnicodeCategory.UppercaseLetter,
            ["Ll"] = UnicodeCategory.LowercaseLetter,
            ["Lt"] = UnicodeCategory.TitlecaseLetter,
            ["Lm"] = UnicodeCategory.ModifierLetter,
            ["Lo"] = UnicodeCategory.OtherLetter,
            ["Mn"] = UnicodeCategory.NonSpacingMark,
            ["Mc"] = UnicodeCategory.SpacingCombiningMark,
            ["Me"] = UnicodeCategory.EnclosingMark,
            ["Nd"] = UnicodeCategory.DecimalDigitNumber,
            ["Nl"] = UnicodeCategory.LetterNumber,
            ["No"] = UnicodeCategory.OtherNumber,
            ["Zs"] = UnicodeCategory.SpaceSeparator,
            ["Zl"] = UnicodeCategory.LineSeparator,
            ["Zp"] = UnicodeCategory.ParagraphSeparator,
            ["Cc"] = UnicodeCategory.Control,
            ["Cf"] = UnicodeCategory.Format,
            ["Cs"] = UnicodeCategory.Surrogate,
            ["Co"] = UnicodeCategory.PrivateUse,
            ["Pc"] = UnicodeCategory.ConnectorPunctuation,
            ["Pd"] = UnicodeCategory.DashPunctuation,
            ["Ps"] = UnicodeCategory.OpenPunctuation,
            ["Pe"] = UnicodeCategory.ClosePunctuation,
            ["Pi"] = UnicodeCategory.InitialQuotePunctuation,
            ["Pf"] = UnicodeCategory.FinalQuotePunctuation,
            ["Po"] = UnicodeCategory.OtherPunctuation,
            ["Sm"] = UnicodeCategory.MathSymbol,
            ["Sc"] = UnicodeCategory.CurrencySymbol,
            ["Sk"] = UnicodeCategory.ModifierSymbol,
            ["So"] = UnicodeCategory.OtherSymbol,
            ["Cn"] = UnicodeCategory.OtherNotAssigned,
        };
        var categories = byCode.ToDictionary(e => e.Key, e => new[] { e.Value }, StringComparer.Ordinal);
        // Go's one-letter classes are unions of the two-letter ones; C leaves out Cn, as Go's tables do.
        foreach (var group in byCode.Where(e => e.Key != "Cn").GroupBy(e => e.Key[..1], StringComparer.Ordinal))
        {
            categories[group.Key] = [.. group.Select(e => e.Value)];
        }

        categories["LC"] = [UnicodeCategory.UppercaseLetter, UnicodeCategory.LowercaseLetter, UnicodeCategory.TitlecaseLetter];
        return categories;
    }
}
