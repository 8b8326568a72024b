using System.Buffers.Binary;
using System.Numerics;
using System.Security.Cryptography;

namespace Ferry.Templating.Functions.Sprig;

/// <summary>
/// scrypt (RFC 7914), which sprig's derivePassword needs through golang.org/x/crypto/scrypt. The .NET base library
/// has no scrypt, and a package for one primitive is not worth the dependency, so it is built here on the BCL's
/// PBKDF2-HMAC-SHA256: PBKDF2 spreads the password over p blocks, ROMix makes each block memory-hard (128·r·N
/// bytes), and a second PBKDF2 pass condenses the mixed blocks into the key.
/// </summary>
internal static class Scrypt
{
    private const int SalsaWords = 16;

    /// <summary>Derives <paramref name="length"/> bytes; N must be a power of two greater than 1.</summary>
    public static byte[] DeriveKey(ReadOnlySpan<byte> password, ReadOnlySpan<byte> salt, int n, int r, int p, int length)
    {
        if (n <= 1 || !BitOperations.IsPow2(n))
        {
            throw new ArgumentOutOfRangeException(nameof(n), "scrypt: N must be a power of two greater than 1");
        }

        // RFC 7914's bound p ≤ (2^32 − 1)·32 / (128·r) in practice, plus what fits in one .NET array.
        if (r <= 0 || p <= 0 || (long)r * p >= 1 << 30 || (long)n * r > int.MaxValue / 32)
        {
            throw new ArgumentOutOfRangeException(nameof(r), "scrypt: parameters are too large");
        }

        var blockBytes = 128 * r;
        var blocks = Rfc2898DeriveBytes.Pbkdf2(password, salt, 1, HashAlgorithmName.SHA256, blockBytes * p);
        var words = new uint[32 * r];
        var scratch = new uint[32 * r];
        var table = new uint[32 * r * n];
        for (var i = 0; i < p; i++)
        {
            var block = blocks.AsSpan(i * blockBytes, blockBytes);
            ReadLittleEndian(block, words);
            RoMix(words, scratch, table, n, r);
            WriteLittleEndian(words, block);
        }

        var key = Rfc2898DeriveBytes.Pbkdf2(password, blocks, 1, HashAlgorithmName.SHA256, length);
        CryptographicOperations.ZeroMemory(blocks);
        Array.Clear(table);
        return key;
    }

    /// <summary>RFC 7914 §5: fill a table with successive BlockMix states, then mix in entries picked by the state.</summary>
    private static void RoMix(Span<uint> x, Span<uint> scratch, Span<uint> table, int n, int r)
    {
        var size = 32 * r;
        for (var i = 0; i < n; i++)
        {
            x.CopyTo(table.Slice(i * size, size));
            BlockMix(x, scratch, r);
        }

        for (var i = 0; i < n; i++)
        {
            // Integerify: the first little-endian word of the last 64-byte sub-block; N is a power of two, so
            // masking the low word is the same as reducing the whole 64-bit integer modulo N.
            var j = (int)(x[(2 * r - 1) * SalsaWords] & (uint)(n - 1));
            var entry = table.Slice(j * size, size);
            for (var k = 0; k < size; k++)
            {
                x[k] ^= entry[k];
            }

            BlockMix(x, scratch, r);
        }
    }

    /// <summary>RFC 7914 §4: chain Salsa20/8 over the 2r sub-blocks, then put even outputs before odd ones.</summary>
    private static void BlockMix(Span<uint> b, Span<uint> output, int r)
    {
        Span<uint> state = stackalloc uint[SalsaWords];
        b.Slice((2 * r - 1) * SalsaWords, SalsaWords).CopyTo(state);
        for (var i = 0; i < 2 * r; i++)
        {
            var sub = b.Slice(i * SalsaWords, SalsaWords);
            for (var k = 0; k < SalsaWords; k++)
            {
                state[k] ^= sub[k];
            }

            Salsa20Core8(state);
            var target = (i / 2 + (i % 2) * r) * SalsaWords;
            state.CopyTo(output.Slice(target, SalsaWords));
        }

        output[..(32 * r)].CopyTo(b);
    }

    /// <summary>The Salsa20 core reduced to 8 rounds (4 double rounds), with the input added back in.</summary>
    private static void Salsa20Core8(Span<uint> block)
    {
        Span<uint> x = stackalloc uint[SalsaWords];
        block.CopyTo(x);
        for (var round = 0; round < 8; round += 2)
        {
            // Column round.
            QuarterRound(x, 0, 4, 8, 12);
            QuarterRound(x, 5, 9, 13, 1);
            QuarterRound(x, 10, 14, 2, 6);
            QuarterRound(x, 15, 3, 7, 11);

            // Row round.
            QuarterRound(x, 0, 1, 2, 3);
            QuarterRound(x, 5, 6, 7, 4);
            QuarterRound(x, 10, 11, 8, 9);
            QuarterRound(x, 15, 12, 13, 14);
        }

        for (var i = 0; i < SalsaWords; i++)
        {
            block[i] += x[i];
        }
    }

    private static void QuarterRound(Span<uint> x, int a, int b, int c, int d)
    {
        x[b] ^= BitOperations.RotateLeft(x[a] + x[d], 7);
        x[c] ^= BitOperations.RotateLeft(x[b] + x[a], 9);
        x[d] ^= BitOperations.RotateLeft(x[c] + x[b], 13);
        x[a] ^= BitOperations.RotateLeft(x[d] + x[c], 18);
    }

    private static void ReadLittleEndian(ReadOnlySpan<byte> bytes, Span<uint> words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(4 * i)..]);
        }
    }

    private static void WriteLittleEndian(ReadOnlySpan<uint> words, Span<byte> bytes)
    {
        for (var i = 0; i < words.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes[(4 * i)..], words[i]);
        }
    }
}
