using Ferry.Templating.Formatting;
using Ferry.Templating.Values;

namespace Ferry.Templating.Functions.Sprig;

/// <summary>Go's encoding/base64, encoding/base32 and encoding/hex decoders, with their error positions and texts.</summary>
internal static class GoEncodings
{
    private const string Base64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>StdEncoding.DecodeString: the bytes decoded before any error, and Go's error text.</summary>
    public static (byte[] Bytes, string? Error) DecodeBase64(ReadOnlySpan<byte> src)
    {
        var output = new List<byte>(src.Length * 3 / 4);
        var si = 0;
        Span<byte> dbuf = stackalloc byte[4];
        while (true)
        {
            dbuf.Clear();
            var dlen = 4;
            string? error = null;
            var finished = false;
            for (var j = 0; j < 4; j++)
            {
                if (si == src.Length)
                {
                    if (j == 0)
                    {
                        return (output.ToArray(), null);
                    }

                    return (output.ToArray(), Corrupt(si - j));
                }

                var c = src[si];
                si++;
                var value = Base64Alphabet.IndexOf((char)c, StringComparison.Ordinal);
                if (c < 0x80 && value >= 0)
                {
                    dbuf[j] = (byte)value;
                    continue;
                }

                if (c is (byte)'\n' or (byte)'\r')
                {
                    j--;
                    continue;
                }

                if (c != '=')
                {
                    return (output.ToArray(), Corrupt(si - 1));
                }

                switch (j)
                {
                    case 0 or 1:
                        return (output.ToArray(), Corrupt(si - 1));
                    case 2:
                        while (si < src.Length && src[si] is (byte)'\n' or (byte)'\r')
                        {
                            si++;
                        }

                        if (si == src.Length)
                        {
                            return (output.ToArray(), Corrupt(src.Length));
                        }

                        if (src[si] != '=')
                        {
                            return (output.ToArray(), Corrupt(si - 1));
                        }

                        si++;
                        break;
                }

                while (si < src.Length && src[si] is (byte)'\n' or (byte)'\r')
                {
                    si++;
                }

                if (si < src.Length)
                {
                    error = Corrupt(si);
                }

                dlen = j;
                finished = true;
                break;
            }

            var val = (dbuf[0] << 18) | (dbuf[1] << 12) | (dbuf[2] << 6) | dbuf[3];
            if (dlen >= 2)
            {
                output.Add((byte)(val >> 16));
            }

            if (dlen >= 3)
            {
                output.Add((byte)(val >> 8));
            }

            if (dlen == 4)
            {
                output.Add((byte)val);
            }

            if (error is not null || finished)
            {
                return (output.ToArray(), error);
            }
        }
    }

    /// <summary>StdEncoding (base32, padded).DecodeString.</summary>
    public static (byte[] Bytes, string? Error) DecodeBase32(ReadOnlySpan<byte> input)
    {
        var filtered = new List<byte>(input.Length);
        foreach (var b in input)
        {
            if (b is not ((byte)'\n' or (byte)'\r'))
            {
                filtered.Add(b);
            }
        }

        var src = filtered.ToArray().AsSpan();
        var olen = src.Length;
        var output = new List<byte>();
        var end = false;
        Span<byte> dbuf = stackalloc byte[8];
        Span<byte> chunk = stackalloc byte[5];
        while (src.Length > 0 && !end)
        {
            dbuf.Clear();
            var dlen = 8;
            for (var j = 0; j < 8;)
            {
                if (src.Length == 0)
                {
                    return (output.ToArray(), Corrupt(olen - src.Length - j));
                }

                var c = src[0];
                src = src[1..];
                if (c == '=' && j >= 2 && src.Length < 8)
                {
                    if (src.Length + j < 8 - 1)
                    {
                        return (output.ToArray(), Corrupt(olen));
                    }

                    for (var k = 0; k < 8 - 1 - j; k++)
                    {
                        if (src.Length > k && src[k] != '=')
                        {
                            return (output.ToArray(), Corrupt(olen - src.Length + k - 1));
                        }
                    }

                    dlen = j;
                    end = true;
                    if (dlen is 1 or 3 or 6)
                    {
                        return (output.ToArray(), Corrupt(olen - src.Length - 1));
                    }

                    break;
                }

                var value = c < 0x80 ? Base32Alphabet.IndexOf((char)c, StringComparison.Ordinal) : -1;
                if (value < 0)
                {
                    return (output.ToArray(), Corrupt(olen - src.Length - 1));
                }

                dbuf[j] = (byte)value;
                j++;
            }

            chunk[4] = (byte)((dbuf[6] << 5) | dbuf[7]);
            chunk[3] = (byte)((dbuf[4] << 7) | (dbuf[5] << 2) | (dbuf[6] >> 3));
            chunk[2] = (byte)((dbuf[3] << 4) | (dbuf[4] >> 1));
            chunk[1] = (byte)((dbuf[1] << 6) | (dbuf[2] << 1) | (dbuf[3] >> 4));
            chunk[0] = (byte)((dbuf[0] << 3) | (dbuf[1] >> 2));
            var count = dlen switch
            {
                8 => 5,
                7 => 4,
                5 => 3,
                4 => 2,
                2 => 1,
                _ => 0,
            };
            output.AddRange(chunk[..count].ToArray());
        }

        return (output.ToArray(), null);
    }

    /// <summary>hex.DecodeString.</summary>
    public static (byte[] Bytes, string? Error) DecodeHex(ReadOnlySpan<byte> src)
    {
        var output = new List<byte>(src.Length / 2);
        var j = 1;
        for (; j < src.Length; j += 2)
        {
            var a = HexValue(src[j - 1]);
            var b = HexValue(src[j]);
            if (a < 0)
            {
                return (output.ToArray(), InvalidHexByte(src[j - 1]));
            }

            if (b < 0)
            {
                return (output.ToArray(), InvalidHexByte(src[j]));
            }

            output.Add((byte)((a << 4) | b));
        }

        if (src.Length % 2 == 1)
        {
            if (HexValue(src[j - 1]) < 0)
            {
                return (output.ToArray(), InvalidHexByte(src[j - 1]));
            }

            return (output.ToArray(), "encoding/hex: odd length hex string");
        }

        return (output.ToArray(), null);
    }

    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };

    private static string InvalidHexByte(byte b) => "encoding/hex: invalid byte: " + Parsing.Lexer.DescribeRune(b);

    private static string Corrupt(long offset) =>
        "illegal base64 data at input byte " + offset.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static GoString EncodeBase32(ReadOnlySpan<byte> data)
    {
        var output = new ByteBuilder((data.Length + 4) / 5 * 8);
        Span<byte> chunk = stackalloc byte[5];
        for (var i = 0; i < data.Length; i += 5)
        {
            chunk.Clear();
            var n = Math.Min(5, data.Length - i);
            data.Slice(i, n).CopyTo(chunk);
            ulong bits = 0;
            for (var k = 0; k < 5; k++)
            {
                bits = (bits << 8) | chunk[k];
            }

            var chars = n switch
            {
                1 => 2,
                2 => 4,
                3 => 5,
                4 => 7,
                _ => 8,
            };
            for (var k = 0; k < 8; k++)
            {
                output.Append(k < chars ? (byte)Base32Alphabet[(int)((bits >> (35 - (5 * k))) & 31)] : (byte)'=');
            }
        }

        return output.ToGoString();
    }

    public static void AppendHexLower(ByteBuilder output, ReadOnlySpan<byte> data)
    {
        const string digits = "0123456789abcdef";
        foreach (var b in data)
        {
            output.Append((byte)digits[b >> 4]);
            output.Append((byte)digits[b & 0xF]);
        }
    }

    public static GoString HexLower(ReadOnlySpan<byte> data)
    {
        var output = new ByteBuilder(data.Length * 2);
        AppendHexLower(output, data);
        return output.ToGoString();
    }

    internal static string QuoteRuneForError(int rune)
    {
        var output = new ByteBuilder();
        GoQuote.AppendQuotedRune(output, rune, false);
        return output.ToGoString().ToUtf8String();
    }
}
