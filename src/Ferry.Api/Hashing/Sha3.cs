using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace Ferry.Api.Hashing;

/// <summary>
/// SHA3-224 (FIPS 202), the hash ESO uses for its owner label, field-manager names and data hashes. .NET's
/// <c>System.Security.Cryptography.SHA3_256</c> family has no 224-bit variant, so the sponge is implemented here.
/// </summary>
public static class Sha3
{
    private const int Rate224 = 144; // (1600 - 2 * 224) / 8 bytes absorbed per permutation
    private const int Digest224 = 28;

    private static readonly ulong[] RoundConstants =
    [
        0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
        0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
        0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
        0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
        0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
        0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
    ];

    // Rotation offsets of the rho step, indexed by lane x + 5y.
    private static readonly int[] Rotations =
    [
        0, 1, 62, 28, 27,
        36, 44, 6, 55, 20,
        3, 10, 43, 25, 39,
        41, 45, 15, 21, 8,
        18, 2, 61, 56, 14,
    ];

    /// <summary>The SHA3-224 digest of <paramref name="data"/>.</summary>
    public static byte[] Hash224(ReadOnlySpan<byte> data)
    {
        var state = new ulong[25];
        var block = new byte[Rate224];
        while (data.Length >= Rate224)
        {
            Absorb(state, data[..Rate224]);
            data = data[Rate224..];
        }

        // Final block: the rest, the SHA-3 domain bits 01 with the first pad bit (0x06), the last pad bit (0x80).
        data.CopyTo(block);
        block[data.Length] ^= 0x06;
        block[Rate224 - 1] ^= 0x80;
        Absorb(state, block);

        var digest = new byte[Digest224];
        for (var i = 0; i < Digest224; i += 8)
        {
            var lane = new byte[8];
            BinaryPrimitives.WriteUInt64LittleEndian(lane, state[i / 8]);
            lane.AsSpan(0, Math.Min(8, Digest224 - i)).CopyTo(digest.AsSpan(i));
        }

        return digest;
    }

    /// <summary>The lowercase hex SHA3-224 digest of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static string Hash224Hex(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(Hash224(Encoding.UTF8.GetBytes(text)));
    }

    private static void Absorb(ulong[] state, ReadOnlySpan<byte> block)
    {
        for (var i = 0; i < Rate224 / 8; i++)
        {
            state[i] ^= BinaryPrimitives.ReadUInt64LittleEndian(block.Slice(i * 8, 8));
        }

        Permute(state);
    }

    // Keccak-f[1600]: 24 rounds of theta, rho, pi, chi and iota over 5x5 lanes of 64 bits.
    private static void Permute(ulong[] a)
    {
        Span<ulong> c = stackalloc ulong[5];
        Span<ulong> b = stackalloc ulong[25];
        foreach (var roundConstant in RoundConstants)
        {
            for (var x = 0; x < 5; x++)
            {
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }

            for (var x = 0; x < 5; x++)
            {
                var d = c[(x + 4) % 5] ^ BitOperations.RotateLeft(c[(x + 1) % 5], 1);
                for (var y = 0; y < 25; y += 5)
                {
                    a[y + x] ^= d;
                }
            }

            for (var x = 0; x < 5; x++)
            {
                for (var y = 0; y < 5; y++)
                {
                    // pi moves lane (x, y) to (y, 2x + 3y).
                    b[y + (5 * (((2 * x) + (3 * y)) % 5))] = BitOperations.RotateLeft(a[x + (5 * y)], Rotations[x + (5 * y)]);
                }
            }

            for (var y = 0; y < 25; y += 5)
            {
                for (var x = 0; x < 5; x++)
                {
                    a[y + x] = b[y + x] ^ (~b[y + ((x + 1) % 5)] & b[y + ((x + 2) % 5)]);
                }
            }

            a[0] ^= roundConstant;
        }
    }
}
