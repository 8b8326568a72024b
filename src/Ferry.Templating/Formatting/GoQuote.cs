using System.Globalization;
using System.Text;
using Ferry.Templating.Values;

namespace Ferry.Templating.Formatting;

/// <summary>Go's strconv quoting (Quote, QuoteToASCII, QuoteRune) and unicode.IsPrint, over bytes.</summary>
internal static class GoQuote
{
    private const string HexDigits = "0123456789abcdef";

    public static bool IsPrint(int rune)
    {
        if (rune <= 0xFF)
        {
            return (rune >= 0x20 && rune <= 0x7E) || (rune >= 0xA1 && rune != 0xAD);
        }

        if (rune > 0x10FFFF || (rune >= 0xD800 && rune <= 0xDFFF))
        {
            return false;
        }

        return CharUnicodeInfo.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
            UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
                or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation => true,
            UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
                or UnicodeCategory.OtherSymbol => true,
            _ => false,
        };
    }

    /// <summary>Decodes one rune the way Go's utf8.DecodeRune does: invalid bytes give (U+FFFD, 1).</summary>
    public static (int Rune, int Width) DecodeRune(ReadOnlySpan<byte> bytes)
    {
        var status = Rune.DecodeFromUtf8(bytes, out var rune, out var consumed);
        return status == System.Buffers.OperationStatus.Done ? (rune.Value, consumed) : (0xFFFD, 1);
    }

    public static int RuneCount(ReadOnlySpan<byte> bytes)
    {
        var count = 0;
        while (!bytes.IsEmpty)
        {
            var (_, width) = DecodeRune(bytes);
            bytes = bytes[width..];
            count++;
        }

        return count;
    }

    public static void AppendQuoted(ByteBuilder output, ReadOnlySpan<byte> text, byte quote, bool asciiOnly)
    {
        output.Append(quote);
        while (!text.IsEmpty)
        {
            var (rune, width) = DecodeRune(text);
            if (width == 1 && rune == 0xFFFD)
            {
                output.Append("\\x");
                output.Append((byte)HexDigits[text[0] >> 4]);
                output.Append((byte)HexDigits[text[0] & 0xF]);
                text = text[1..];
                continue;
            }

            AppendEscapedRune(output, rune, quote, asciiOnly);
            text = text[width..];
        }

        output.Append(quote);
    }

    public static void AppendQuotedRune(ByteBuilder output, int rune, bool asciiOnly)
    {
        if (rune is < 0 or > 0x10FFFF || (rune >= 0xD800 && rune <= 0xDFFF))
        {
            rune = 0xFFFD;
        }

        output.Append((byte)'\'');
        AppendEscapedRune(output, rune, (byte)'\'', asciiOnly);
        output.Append((byte)'\'');
    }

    /// <summary>Go's strconv.CanBackquote: no control characters other than tab, no backquote, valid UTF-8.</summary>
    public static bool CanBackquote(ReadOnlySpan<byte> text)
    {
        while (!text.IsEmpty)
        {
            var (rune, width) = DecodeRune(text);
            text = text[width..];
            if (width > 1)
            {
                if (rune == 0xFEFF)
                {
                    return false;
                }

                continue;
            }

            if (rune == 0xFFFD)
            {
                return false;
            }

            if ((rune < ' ' && rune != '\t') || rune == '`' || rune == 0x7F)
            {
                return false;
            }
        }

        return true;
    }

    private static void AppendEscapedRune(ByteBuilder output, int rune, byte quote, bool asciiOnly)
    {
        if (rune == quote || rune == '\\')
        {
            output.Append((byte)'\\');
            output.Append((byte)rune);
            return;
        }

        if (asciiOnly ? rune < 0x80 && IsPrint(rune) : IsPrint(rune))
        {
            output.AppendRune(rune);
            return;
        }

        switch (rune)
        {
            case '\a': output.Append("\\a"); return;
            case '\b': output.Append("\\b"); return;
            case '\f': output.Append("\\f"); return;
            case '\n': output.Append("\\n"); return;
            case '\r': output.Append("\\r"); return;
            case '\t': output.Append("\\t"); return;
            case '\v': output.Append("\\v"); return;
        }

        if (rune < ' ' || rune == 0x7F)
        {
            output.Append("\\x");
            AppendHex(output, rune, 2);
        }
        else if (rune < 0x10000)
        {
            output.Append("\\u");
            AppendHex(output, rune, 4);
        }
        else
        {
            output.Append("\\U");
            AppendHex(output, rune, 8);
        }
    }

    private static void AppendHex(ByteBuilder output, int value, int digits)
    {
        for (var shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        {
            output.Append((byte)HexDigits[(value >> shift) & 0xF]);
        }
    }
}
