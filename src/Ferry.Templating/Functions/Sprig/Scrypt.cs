using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;
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
            Xor(x, table.Slice(j * size, size));
            BlockMix(x, scratch, r);
        }
    }

    private static void Xor(Span<uint> target, ReadOnlySpan<uint> source)
    {
        var wide = MemoryMarshal.Cast<uint, ulong>(target);
        var wideSource = MemoryMarshal.Cast<uint, ulong>(source);
        for (var k = 0; k < wide.Length; k++)
        {
            wide[k] ^= wideSource[k];
        }
    }

    /// <summary>RFC 7914 §4: chain Salsa20/8 over the 2r sub-blocks, then put even outputs before odd ones.</summary>
    private static void BlockMix(Span<uint> b, Span<uint> output, int r)
    {
        Span<uint> state = stackalloc uint[SalsaWords];
        b.Slice((2 * r - 1) * SalsaWords, SalsaWords).CopyTo(state);
        for (var i = 0; i < 2 * r; i++)
        {
            Xor(state, b.Slice(i * SalsaWords, SalsaWords));
            Salsa20Core8(state);
            var target = (i / 2 + (i % 2) * r) * SalsaWords;
            state.CopyTo(output.Slice(target, SalsaWords));
        }

        output[..(32 * r)].CopyTo(b);
    }

    /// <summary>
    /// The Salsa20 core reduced to 8 rounds (4 double rounds: columns, then rows), with the input added back in.
    /// The sixteen words live in locals: this runs 2·N·2r times per block (a million times for derivePassword).
    /// </summary>
    private static void Salsa20Core8(Span<uint> b)
    {
        uint x0 = b[0], x1 = b[1], x2 = b[2], x3 = b[3], x4 = b[4], x5 = b[5], x6 = b[6], x7 = b[7];
        uint x8 = b[8], x9 = b[9], x10 = b[10], x11 = b[11], x12 = b[12], x13 = b[13], x14 = b[14], x15 = b[15];
        for (var round = 0; round < 8; round += 2)
        {
            x4 ^= BitOperations.RotateLeft(x0 + x12, 7);
            x8 ^= BitOperations.RotateLeft(x4 + x0, 9);
            x12 ^= BitOperations.RotateLeft(x8 + x4, 13);
            x0 ^= BitOperations.RotateLeft(x12 + x8, 18);
            x9 ^= BitOperations.RotateLeft(x5 + x1, 7);
            x13 ^= BitOperations.RotateLeft(x9 + x5, 9);
            x1 ^= BitOperations.RotateLeft(x13 + x9, 13);
            x5 ^= BitOperations.RotateLeft(x1 + x13, 18);
            x14 ^= BitOperations.RotateLeft(x10 + x6, 7);
            x2 ^= BitOperations.RotateLeft(x14 + x10, 9);
            x6 ^= BitOperations.RotateLeft(x2 + x14, 13);
            x10 ^= BitOperations.RotateLeft(x6 + x2, 18);
            x3 ^= BitOperations.RotateLeft(x15 + x11, 7);
            x7 ^= BitOperations.RotateLeft(x3 + x15, 9);
            x11 ^= BitOperations.RotateLeft(x7 + x3, 13);
            x15 ^= BitOperations.RotateLeft(x11 + x7, 18);

            x1 ^= BitOperations.RotateLeft(x0 + x3, 7);
            x2 ^= BitOperations.RotateLeft(x1 + x0, 9);
            x3 ^= BitOperations.RotateLeft(x2 + x1, 13);
            x0 ^= BitOperations.RotateLeft(x3 + x2, 18);
            x6 ^= BitOperations.RotateLeft(x5 + x4, 7);
            x7 ^= BitOperations.RotateLeft(x6 + x5, 9);
            x4 ^= BitOperations.RotateLeft(x7 + x6, 13);
            x5 ^= BitOperations.RotateLeft(x4 + x7, 18);
            x11 ^= BitOperations.RotateLeft(x10 + x9, 7);
            x8 ^= BitOperations.RotateLeft(x11 + x10, 9);
            x9 ^= BitOperations.RotateLeft(x8 + x11, 13);
            x10 ^= BitOperations.RotateLeft(x9 + x8, 18);
            x12 ^= BitOperations.RotateLeft(x15 + x14, 7);
            x13 ^= BitOperations.RotateLeft(x12 + x15, 9);
            x14 ^= BitOperations.RotateLeft(x13 + x12, 13);
            x15 ^= BitOperations.RotateLeft(x14 + x13, 18);
        }

        b[15] += x15;
        b[0] += x0;
        b[1] += x1;
        b[2] += x2;
        b[3] += x3;
        b[4] += x4;
        b[5] += x5;
        b[6] += x6;
        b[7] += x7;
        b[8] += x8;
        b[9] += x9;
        b[10] += x10;
        b[11] += x11;
        b[12] += x12;
        b[13] += x13;
        b[14] += x14;
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
