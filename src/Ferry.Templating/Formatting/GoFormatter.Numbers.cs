using System.Numerics;
using Ferry.Templating.Values;

namespace Ferry.Templating.Formatting;

/// <summary>Go's integer, float and complex verbs.</summary>
internal sealed partial class GoFormatter
{
    private void FormatInteger(ulong value, bool isSigned, int verb, object original)
    {
        switch (verb)
        {
            case 'v':
                if (_sharpV && !isSigned)
                {
                    var sharp = _sharp;
                    _sharp = true;
                    FormatIntegerBase(value, 16, false, 'v', LowerDigits);
                    _sharp = sharp;
                }
                else
                {
                    FormatIntegerBase(value, 10, isSigned, verb, LowerDigits);
                }

                break;
            case 'd':
                FormatIntegerBase(value, 10, isSigned, verb, LowerDigits);
                break;
            case 'b':
                FormatIntegerBase(value, 2, isSigned, verb, LowerDigits);
                break;
            case 'o' or 'O':
                FormatIntegerBase(value, 8, isSigned, verb, LowerDigits);
                break;
            case 'x':
                FormatIntegerBase(value, 16, isSigned, verb, LowerDigits);
                break;
            case 'X':
                FormatIntegerBase(value, 16, isSigned, verb, UpperDigits);
                break;
            case 'c':
                Pad(RuneBytes(value));
                break;
            case 'q':
                FormatQuotedRune(value);
                break;
            case 'U':
                FormatUnicode(value);
                break;
            default:
                BadVerb(verb, original);
                break;
        }
    }

    private static byte[] RuneBytes(ulong value)
    {
        var output = new ByteBuilder(4);
        output.AppendRune(value > 0x10FFFF ? 0xFFFD : (int)value);
        return output.ToArray();
    }

    private void FormatQuotedRune(ulong value)
    {
        var rune = value > 0x10FFFF ? 0xFFFD : (int)value;
        var output = new ByteBuilder(8);
        if (_sharp && GoQuote.IsPrint(rune))
        {
            output.Append((byte)'\'');
            output.AppendRune(rune);
            output.Append((byte)'\'');
        }
        else
        {
            GoQuote.AppendQuotedRune(output, rune, _plus);
        }

        Pad(output.Span);
    }

    private void FormatUnicode(ulong value)
    {
        var digits = value.ToString("X", System.Globalization.CultureInfo.InvariantCulture);
        var precision = _precisionPresent && _precision > 4 ? _precision : 4;
        var output = new ByteBuilder(16);
        output.Append("U+");
        for (var i = digits.Length; i < precision; i++)
        {
            output.Append((byte)'0');
        }

        output.Append(digits);
        if (_sharp && value <= 0x10FFFF && GoQuote.IsPrint((int)value))
        {
            output.Append(" '");
            output.AppendRune((int)value);
            output.Append((byte)'\'');
        }

        var zero = _zero;
        _zero = false;
        Pad(output.Span);
        _zero = zero;
    }

    private void FormatIntegerBase(ulong value, int numberBase, bool isSigned, int verb, string digits)
    {
        var negative = isSigned && (long)value < 0;
        if (negative)
        {
            value = unchecked(0 - value);
        }

        var precision = 0;
        if (_precisionPresent)
        {
            precision = _precision;
            if (precision == 0 && value == 0)
            {
                var zero = _zero;
                _zero = false;
                WritePadding(_width);
                _zero = zero;
                return;
            }
        }
        else if (_zero && _widthPresent)
        {
            precision = _width;
            if (negative || _plus || _space)
            {
                precision--;
            }
        }

        var buffer = new List<byte>(24);
        do
        {
            buffer.Add((byte)digits[(int)(value % (ulong)numberBase)]);
            value /= (ulong)numberBase;
        }
        while (value != 0);

        while (buffer.Count < precision)
        {
            buffer.Add((byte)'0');
        }

        if (_sharp)
        {
            switch (numberBase)
            {
                case 2:
                    buffer.Add((byte)'b');
                    buffer.Add((byte)'0');
                    break;
                case 8:
                    if (buffer[^1] != '0')
                    {
                        buffer.Add((byte)'0');
                    }

                    break;
                case 16:
                    buffer.Add((byte)digits[16]);
                    buffer.Add((byte)'0');
                    break;
            }
        }

        if (verb == 'O')
        {
            buffer.Add((byte)'o');
            buffer.Add((byte)'0');
        }

        if (negative)
        {
            buffer.Add((byte)'-');
        }
        else if (_plus)
        {
            buffer.Add((byte)'+');
        }
        else if (_space)
        {
            buffer.Add((byte)' ');
        }

        buffer.Reverse();
        var oldZero = _zero;
        _zero = false;
        Pad(buffer.ToArray());
        _zero = oldZero;
    }

    private void FormatFloatVerb(double value, int verb, object original)
    {
        switch (verb)
        {
            case 'v':
                FormatFloat(value, 'g', -1);
                break;
            case 'g' or 'G' or 'x' or 'X' or 'b':
                FormatFloat(value, (char)verb, -1);
                break;
            case 'f' or 'e' or 'E':
                FormatFloat(value, (char)verb, 6);
                break;
            case 'F':
                FormatFloat(value, 'f', 6);
                break;
            default:
                BadVerb(verb, original);
                break;
        }
    }

    private void FormatComplex(Complex value, int verb, object original)
    {
        if (verb is not ('v' or 'b' or 'g' or 'G' or 'x' or 'X' or 'f' or 'F' or 'e' or 'E'))
        {
            BadVerb(verb, original);
            return;
        }

        var plus = _plus;
        _out.Append((byte)'(');
        FormatFloatVerb(value.Real, verb, original);
        _plus = true;
        FormatFloatVerb(value.Imaginary, verb, original);
        _out.Append("i)");
        _plus = plus;
    }

    private void FormatFloat(double value, char verb, int precision)
    {
        if (_precisionPresent)
        {
            precision = _precision;
        }

        var text = GoFloatFormat.Format(value, verb, precision);
        var num = text[0] is '-' or '+' ? text : "+" + text;
        if (_space && num[0] == '+' && !_plus)
        {
            num = " " + num[1..];
        }

        if (num[1] is 'I' or 'N')
        {
            var zero = _zero;
            _zero = false;
            if (num[1] == 'N' && !_space && !_plus)
            {
                num = num[1..];
            }

            Pad(System.Text.Encoding.ASCII.GetBytes(num));
            _zero = zero;
            return;
        }

        if (_sharp)
        {
            num = ApplySharpFloat(num, verb, precision);
        }

        if (_plus || num[0] != '+')
        {
            if (_zero && _widthPresent && _width > num.Length)
            {
                _out.Append((byte)num[0]);
                WritePadding(_width - num.Length);
                _out.Append(num[1..]);
                return;
            }

            Pad(System.Text.Encoding.ASCII.GetBytes(num));
            return;
        }

        Pad(System.Text.Encoding.ASCII.GetBytes(num[1..]));
    }

    /// <summary>The # flag: always a decimal point, and %g keeps its trailing zeros.</summary>
    private static string ApplySharpFloat(string num, char verb, int precision)
    {
        var digits = verb is 'g' or 'G' ? (precision == -1 ? 6 : precision) : 0;
        var tail = "";
        var body = num;
        var exponentAt = body.IndexOfAny(['e', 'E']);
        if (exponentAt >= 0)
        {
            tail = body[exponentAt..];
            body = body[..exponentAt];
        }

        var hasPoint = body.Contains('.', StringComparison.Ordinal);
        var sawNonzero = false;
        for (var i = 1; i < body.Length; i++)
        {
            if (body[i] == '.')
            {
                continue;
            }

            if (body[i] != '0')
            {
                sawNonzero = true;
            }

            if (sawNonzero)
            {
                digits--;
            }
        }

        if (!hasPoint)
        {
            if (body.Length == 2 && body[1] == '0')
            {
                digits--;
            }

            body += ".";
        }

        while (digits > 0)
        {
            body += "0";
            digits--;
        }

        return body + tail;
    }
}
