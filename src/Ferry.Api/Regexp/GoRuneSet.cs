using System.Globalization;
using System.Text;

namespace Ferry.Api.Regexp;

/// <summary>
/// A set of Unicode code points, as RE2 builds a character class. Go matches runes while .NET matches UTF-16 code
/// units, so a set is written out as a .NET class for its BMP part plus surrogate-pair sequences for the rest: a
/// code point above U+FFFF is then matched whole, never half of it. Surrogate code points are never members.
/// </summary>
internal sealed class GoRuneSet
{
    public const int MaxRune = 0x10FFFF;

    private const int MaxAstralAlternatives = 16;

    private const int SurrogateFirst = 0xD800;
    private const int SurrogateLast = 0xDFFF;

    private readonly List<(int Lo, int Hi)> _ranges = [];

    public static GoRuneSet Of(int lo, int hi)
    {
        var set = new GoRuneSet();
        set.Add(lo, hi);
        return set;
    }

    public void Add(int lo, int hi) => _ranges.Add((lo, hi));

    public void Add(GoRuneSet other) => _ranges.AddRange(other._ranges);

    /// <summary>The code points not in this set (surrogates stay out).</summary>
    public GoRuneSet Negated()
    {
        var complement = new GoRuneSet();
        var next = 0;
        foreach (var (lo, hi) in Normalized())
        {
            if (lo > next)
            {
                complement.Add(next, lo - 1);
            }

            next = hi + 1;
        }

        if (next <= MaxRune)
        {
            complement.Add(next, MaxRune);
        }

        return complement;
    }

    /// <summary>
    /// A .NET pattern matching one member of the set (or, when <paramref name="negate"/>, one code point outside
    /// it): one code unit, or one surrogate pair. A negated set is written as a negated .NET class, so that .NET
    /// folds case before it negates, as Go does under (?i).
    /// </summary>
    public string ToPattern(bool negate = false)
    {
        var bmp = new StringBuilder();
        foreach (var (lo, hi) in WithoutSurrogates(Normalized()).Where(r => r.Lo <= 0xFFFF))
        {
            AppendRange(bmp, lo, Math.Min(hi, 0xFFFF));
        }

        var members = (negate ? Negated() : this).Normalized();
        var astral = AstralAlternatives(members);
        if (astral.Count > MaxAstralAlternatives)
        {
            // .NET's non-backtracking engine mismatches (even "\n" in \PL) once a pattern has too many distinct
            // sets, so a large astral part (a Unicode category's) is rounded to all or nothing, whichever is nearer.
            var astralCount = members.Where(r => r.Hi > 0xFFFF).Sum(r => (long)r.Hi - Math.Max(r.Lo, 0x10000) + 1);
            astral = astralCount * 2 > MaxRune - 0xFFFF ? ["[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]"] : [];
        }
        var bmpClass = negate ? "[^" + bmp + "\\uD800-\\uDFFF]" : bmp.Length > 0 ? "[" + bmp + "]" : null;
        if (astral.Count == 0)
        {
            return bmpClass ?? "[^\\u0000-\\uFFFF]"; // the empty class, which matches nothing
        }

        return "(?:" + string.Join('|', bmpClass is null ? astral : astral.Prepend(bmpClass)) + ")";
    }

    private List<(int Lo, int Hi)> Normalized()
    {
        var sorted = _ranges.OrderBy(r => r.Lo).ToList();
        var merged = new List<(int Lo, int Hi)>();
        foreach (var range in sorted)
        {
            if (merged.Count > 0 && range.Lo <= merged[^1].Hi + 1)
            {
                merged[^1] = (merged[^1].Lo, Math.Max(merged[^1].Hi, range.Hi));
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }

    private static IEnumerable<(int Lo, int Hi)> WithoutSurrogates(List<(int Lo, int Hi)> ranges)
    {
        foreach (var (lo, hi) in ranges)
        {
            if (hi < SurrogateFirst || lo > SurrogateLast)
            {
                yield return (lo, hi);
                continue;
            }

            if (lo < SurrogateFirst)
            {
                yield return (lo, SurrogateFirst - 1);
            }

            if (hi > SurrogateLast)
            {
                yield return (SurrogateLast + 1, hi);
            }
        }
    }

    private static void AppendRange(StringBuilder output, int lo, int hi)
    {
        output.Append(Unit(lo));
        if (hi > lo)
        {
            output.Append('-').Append(Unit(hi));
        }
    }

    // One alternative per run of high surrogates that share the same low-surrogate class, so that a set as large
    // as a Unicode category stays a pattern .NET can build quickly.
    private static List<string> AstralAlternatives(List<(int Lo, int Hi)> ranges)
    {
        var lowsByHigh = new SortedDictionary<int, StringBuilder>();
        foreach (var (lo, hi) in ranges.Where(r => r.Hi > 0xFFFF))
        {
            for (var start = Math.Max(lo, 0x10000); start <= hi;)
            {
                var (high, low) = Split(start);
                var blockEnd = Math.Min(hi, start + (0xDFFF - low));
                if (!lowsByHigh.TryGetValue(high, out var lows))
                {
                    lowsByHigh[high] = lows = new StringBuilder();
                }

                AppendRange(lows, low, Split(blockEnd).Low);
                start = blockEnd + 1;
            }
        }

        var alternatives = new List<string>();
        var runStart = -1;
        var previous = -1;
        string? runLows = null;
        foreach (var (high, lows) in lowsByHigh.Append(new(int.MaxValue, new StringBuilder())))
        {
            var text = lows.ToString();
            if (runLows is not null && (high != previous + 1 || text != runLows))
            {
                alternatives.Add(Class(runStart, previous) + "[" + runLows + "]");
                runLows = null;
            }

            if (runLows is null)
            {
                runStart = high;
                runLows = text;
            }

            previous = high;
        }

        return alternatives;
    }

    private static (int High, int Low) Split(int rune) =>
        (0xD800 + ((rune - 0x10000) >> 10), 0xDC00 + ((rune - 0x10000) & 0x3FF));

    private static string Class(int lo, int hi) => lo == hi ? Unit(lo) : "[" + Unit(lo) + "-" + Unit(hi) + "]";

    private static string Unit(int value) => "\\u" + value.ToString("X4", CultureInfo.InvariantCulture);
}
