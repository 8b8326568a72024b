using System.Security.Cryptography;
using System.Text;

namespace Ferry.Templating.Functions.Eso;

/// <summary>bcrypt ($2a$, as golang.org/x/crypto/bcrypt writes it): EksBlowfish over the password and a random salt.</summary>
internal static class BCrypt
{
    private const string Alphabet = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static readonly byte[] MagicText = "OrpheanBeholderScryDoubt"u8.ToArray();

    public static string Hash(string password, int cost) => Hash(Encoding.UTF8.GetBytes(password), cost, RandomNumberGenerator.GetBytes(16));

    public static string Hash(byte[] password, int cost, byte[] salt)
    {
        // The key is the password with its NUL terminator, at most 72 bytes.
        var key = new byte[Math.Min(password.Length + 1, 72)];
        password.AsSpan(0, Math.Min(password.Length, 72)).CopyTo(key);
        var p = new uint[18];
        var s = new uint[1024];
        BlowfishConstants.All[..18].CopyTo(p);
        BlowfishConstants.All[18..].CopyTo(s);
        ExpandKey(p, s, salt, key);
        for (var round = 0L; round < 1L << cost; round++)
        {
            ExpandKey(p, s, null, key);
            ExpandKey(p, s, null, salt);
        }

        var text = new uint[6];
        for (var i = 0; i < 6; i++)
        {
            text[i] = ReadWord(MagicText, i * 4);
        }

        for (var i = 0; i < 64; i++)
        {
            for (var j = 0; j < 6; j += 2)
            {
                (text[j], text[j + 1]) = Encrypt(p, s, text[j], text[j + 1]);
            }
        }

        var hash = new byte[24];
        for (var i = 0; i < 6; i++)
        {
            hash[i * 4] = (byte)(text[i] >> 24);
            hash[(i * 4) + 1] = (byte)(text[i] >> 16);
            hash[(i * 4) + 2] = (byte)(text[i] >> 8);
            hash[(i * 4) + 3] = (byte)text[i];
        }

        return $"$2a${cost:D2}${Encode(salt, 16)}{Encode(hash, 23)}";
    }

    private static uint ReadWord(byte[] data, int offset) =>
        ((uint)data[offset] << 24) | ((uint)data[offset + 1] << 16) | ((uint)data[offset + 2] << 8) | data[offset + 3];

    /// <summary>The next 32 bits of a byte stream read cyclically.</summary>
    private static uint StreamWord(byte[] data, ref int position)
    {
        uint word = 0;
        for (var i = 0; i < 4; i++)
        {
            word = (word << 8) | data[position];
            position = (position + 1) % data.Length;
        }

        return word;
    }

    private static void ExpandKey(uint[] p, uint[] s, byte[]? salt, byte[] key)
    {
        var keyPosition = 0;
        for (var i = 0; i < 18; i++)
        {
            p[i] ^= StreamWord(key, ref keyPosition);
        }

        uint left = 0, right = 0;
        var saltPosition = 0;
        for (var i = 0; i < 18; i += 2)
        {
            if (salt is not null)
            {
                left ^= StreamWord(salt, ref saltPosition);
                right ^= StreamWord(salt, ref saltPosition);
            }

            (left, right) = Encrypt(p, s, left, right);
            p[i] = left;
            p[i + 1] = right;
        }

        for (var i = 0; i < 1024; i += 2)
        {
            if (salt is not null)
            {
                left ^= StreamWord(salt, ref saltPosition);
                right ^= StreamWord(salt, ref saltPosition);
            }

            (left, right) = Encrypt(p, s, left, right);
            s[i] = left;
            s[i + 1] = right;
        }
    }

    private static (uint Left, uint Right) Encrypt(uint[] p, uint[] s, uint left, uint right)
    {
        for (var i = 0; i < 16; i++)
        {
            left ^= p[i];
            right ^= ((s[left >> 24] + s[256 + ((left >> 16) & 0xFF)]) ^ s[512 + ((left >> 8) & 0xFF)]) + s[768 + (left & 0xFF)];
            (left, right) = (right, left);
        }

        (left, right) = (right, left);
        right ^= p[16];
        left ^= p[17];
        return (left, right);
    }

    /// <summary>bcrypt's base64: its own alphabet, no padding, only the characters the length needs.</summary>
    private static string Encode(byte[] data, int length)
    {
        var output = new StringBuilder();
        var i = 0;
        while (i < length)
        {
            var c1 = data[i++];
            output.Append(Alphabet[c1 >> 2]);
            var bits = (c1 & 0x03) << 4;
            if (i >= length)
            {
                output.Append(Alphabet[bits]);
                break;
            }

            var c2 = data[i++];
            output.Append(Alphabet[bits | (c2 >> 4)]);
            bits = (c2 & 0x0F) << 2;
            if (i >= length)
            {
                output.Append(Alphabet[bits]);
                break;
            }

            var c3 = data[i++];
            output.Append(Alphabet[bits | (c3 >> 6)]);
            output.Append(Alphabet[c3 & 0x3F]);
        }

        return output.ToString();
    }
}
