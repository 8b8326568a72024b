using System.Numerics;

namespace Ferry.Templating.Functions.Eso;

/// <summary>
/// Blowfish's initial P-array and S-boxes are the hexadecimal digits of pi's fraction. They are computed once
/// (Machin's formula in fixed point) rather than written out as a table.
/// </summary>
internal static class BlowfishConstants
{
    private const int Words = 18 + (4 * 256);

    private static readonly Lazy<uint[]> Digits = new(Compute);

    /// <summary>1042 words: P[0..17], then S0, S1, S2, S3.</summary>
    public static ReadOnlySpan<uint> All => Digits.Value;

    private static uint[] Compute()
    {
        var bits = (Words * 32) + 64;
        var one = BigInteger.One << bits;
        var pi = (16 * ArcTangentOfInverse(5, one)) - (4 * ArcTangentOfInverse(239, one));
        var fraction = pi - (3 * one);
        var words = new uint[Words];
        for (var i = 0; i < Words; i++)
        {
            fraction <<= 32;
            words[i] = (uint)(fraction >> bits);
            fraction &= one - 1;
        }

        return words;
    }

    /// <summary>arctan(1/x) scaled by <paramref name="one"/>.</summary>
    private static BigInteger ArcTangentOfInverse(int x, BigInteger one)
    {
        var xSquared = new BigInteger(x) * x;
        var power = one / x;
        var sum = power;
        var n = 1;
        var sign = -1;
        while (!power.IsZero)
        {
            power /= xSquared;
            n += 2;
            sum += sign * (power / n);
            sign = -sign;
        }

        return sum;
    }
}
