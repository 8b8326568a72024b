namespace Ferry.Providers.Values;

/// <summary>
/// Go's <c>base64.StdEncoding</c> / <c>URLEncoding</c> decoding: padding required, CR and LF skipped, any other
/// character outside the alphabet an error. .NET's decoders skip all whitespace and accept other variants, which
/// would change what decodingStrategy Auto keeps as text.
/// </summary>
internal static class GoBase64
{
    private const string StandardAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private const string UrlAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    public static bool TryDecodeStandard(ReadOnlySpan<byte> input, out byte[] output) =>
        TryDecode(input, StandardAlphabet, out output);

    public static bool TryDecodeUrl(ReadOnlySpan<byte> input, out byte[] output) =>
        TryDecode(input, UrlAlphabet, out output);

    private static bool TryDecode(ReadOnlySpan<byte> input, string alphabet, out byte[] output)
    {
        var symbols = new List<byte>(input.Length);
        foreach (var b in input)
        {
            if (b is not ((byte)'\r' or (byte)'\n'))
            {
                symbols.Add(b);
            }
        }

        output = [];
        if (symbols.Count % 4 != 0)
        {
            return false;
        }

        var result = new List<byte>(symbols.Count / 4 * 3);
        for (var quantum = 0; quantum < symbols.Count; quantum += 4)
        {
            var isLast = quantum + 4 == symbols.Count;
            if (!TryDecodeQuantum(symbols, quantum, alphabet, isLast, result))
            {
                return false;
            }
        }

        output = [.. result];
        return true;
    }

    private static bool TryDecodeQuantum(List<byte> symbols, int start, string alphabet, bool isLast, List<byte> result)
    {
        var values = new int[4];
        var padding = 0;
        for (var j = 0; j < 4; j++)
        {
            var symbol = symbols[start + j];
            if (symbol == '=')
            {
                // Padding may only close the final quantum, after at least two symbols, and only with more padding.
                if (!isLast || j < 2)
                {
                    return false;
                }

                padding++;
                continue;
            }

            if (padding > 0)
            {
                return false;
            }

            var index = alphabet.IndexOf((char)symbol, StringComparison.Ordinal);
            if (index < 0 || symbol >= 0x80)
            {
                return false;
            }

            values[j] = index;
        }

        var bits = (values[0] << 18) | (values[1] << 12) | (values[2] << 6) | values[3];
        result.Add((byte)(bits >> 16));
        if (padding < 2)
        {
            result.Add((byte)(bits >> 8));
        }

        if (padding < 1)
        {
            result.Add((byte)bits);
        }

        return true;
    }
}
