using System.Security.Cryptography;
using System.Text;
using Ferry.Templating.Values;
using static Ferry.Templating.Functions.Sprig.SprigValues;

namespace Ferry.Templating.Functions.Sprig;

/// <summary>sprig's random functions (non-deterministic in ESO too), from a cryptographic generator.</summary>
internal static class RandomFunctions
{
    private const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private const string Digits = "0123456789";
    private const int MaxCount = 1 << 20;

    public static IEnumerable<GoFunction> All()
    {
        yield return new("randAlphaNum", [GoType.Int], null, a => Str(Random((long)a[0]!, Letters + Digits)));
        yield return new("randAlpha", [GoType.Int], null, a => Str(Random((long)a[0]!, Letters)));
        yield return new("randNumeric", [GoType.Int], null, a => Str(Random((long)a[0]!, Digits)));
        yield return new("randAscii", [GoType.Int], null, a => Str(Random((long)a[0]!, Ascii())));
        yield return new("randBytes", [GoType.Int], null, a => Str(Convert.ToBase64String(RandomNumberGenerator.GetBytes(Count((long)a[0]!)))));
        yield return new("uuidv4", [], null, _ => Str(Guid.NewGuid().ToString("D")));
        yield return new("shuffle", [GoType.String], null, a => Str(Shuffle(Text(a[0]))));
    }

    private static int Count(long count) => count switch
    {
        < 0 => throw new TemplateFunctionException("count must be non-negative"),
        > MaxCount => throw new TemplateFunctionException("count is too large"),
        _ => (int)count,
    };

    private static string Ascii() => new([.. Enumerable.Range(32, 95).Select(i => (char)i)]);

    private static string Random(long count, string alphabet) =>
        RandomNumberGenerator.GetString(alphabet, Count(count));

    private static string Shuffle(string text)
    {
        var runes = text.EnumerateRunes().ToArray();
        RandomNumberGenerator.Shuffle(runes.AsSpan());
        var builder = new StringBuilder();
        foreach (var rune in runes)
        {
            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }
}
