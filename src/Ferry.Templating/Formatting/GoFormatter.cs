using Ferry.Templating.Functions;
using System.Globalization;
using System.Numerics;
using Ferry.Templating.Values;

namespace Ferry.Templating.Formatting;

/// <summary>
/// Go's fmt for template values: Sprint, Sprintln and Sprintf with the verbs, flags, width and precision Go has,
/// including its in-band error forms (<c>%!d(string=x)</c>, <c>%!s(MISSING)</c>, <c>%!(EXTRA ...)</c>).
/// </summary>
internal sealed partial class GoFormatter
{
    private const string LowerDigits = "0123456789abcdefx";
    private const string UpperDigits = "0123456789ABCDEFX";

    /// <summary>Values nest at most this deep; deeper usually means a value contains itself (Go's fmt would crash).</summary>
    public const int MaxDepth = 256;

    public const string NestingMessage = "value nesting exceeds 256 levels (does a value contain itself?)";

    private readonly ByteBuilder _out;
    private bool _plus;
    private bool _minus;
    private bool _sharp;
    private bool _space;
    private bool _zero;
    private bool _plusV;
    private bool _sharpV;
    private bool _widthPresent;
    private bool _precisionPresent;
    private int _width;
    private int _precision;
    private bool _erroring;
    private bool _goodArgNum;
    private bool _reordered;

    private GoFormatter(ByteBuilder output) => _out = output;

    public static GoString Sprint(IReadOnlyList<object?> args)
    {
        var output = new ByteBuilder();
        Sprint(output, args);
        return output.ToGoString();
    }

    public static void Sprint(ByteBuilder output, IReadOnlyList<object?> args)
    {
        var formatter = new GoFormatter(output);
        var previousString = false;
        for (var i = 0; i < args.Count; i++)
        {
            var isString = args[i] is GoString;
            if (i > 0 && !isString && !previousString)
            {
                output.Append((byte)' ');
            }

            formatter.PrintArg(args[i], 'v');
            previousString = isString;
        }
    }

    public static GoString Sprintln(IReadOnlyList<object?> args)
    {
        var output = new ByteBuilder();
        var formatter = new GoFormatter(output);
        for (var i = 0; i < args.Count; i++)
        {
            if (i > 0)
            {
                output.Append((byte)' ');
            }

            formatter.PrintArg(args[i], 'v');
        }

        output.Append((byte)'\n');
        return output.ToGoString();
    }

    public static GoString Sprintf(GoString format, IReadOnlyList<object?> args)
    {
        var output = new ByteBuilder();
        new GoFormatter(output).DoPrintf(format.Span, args);
        return output.ToGoString();
    }

    /// <summary>Formats one value as %v (how an action prints its result).</summary>
    public static void PrintValue(ByteBuilder output, object? value) => new GoFormatter(output).PrintArg(value, 'v');

    private void ClearFlags()
    {
        _plus = _minus = _sharp = _space = _zero = _plusV = _sharpV = false;
        _widthPresent = _precisionPresent = false;
        _width = _precision = 0;
    }

    private void DoPrintf(ReadOnlySpan<byte> format, IReadOnlyList<object?> args)
    {
        var end = format.Length;
        var argNum = 0;
        var afterIndex = false;
        _reordered = false;
        var i = 0;
        while (i < end)
        {
            _goodArgNum = true;
            var last = i;
            while (i < end && format[i] != '%')
            {
                i++;
            }

            if (i > last)
            {
                _out.Append(format[last..i]);
            }

            if (i >= end)
            {
                break;
            }

            i++;
            ClearFlags();
            var handled = false;
            for (; i < end; i++)
            {
                var c = format[i];
                if (c == '#')
                {
                    _sharp = true;
                }
                else if (c == '0')
                {
                    _zero = !_minus;
                }
                else if (c == '+')
                {
                    _plus = true;
                }
                else if (c == '-')
                {
                    _minus = true;
                    _zero = false;
                }
                else if (c == ' ')
                {
                    _space = true;
                }
                else
                {
                    if (c is >= (byte)'a' and <= (byte)'z' && argNum < args.Count)
                    {
                        if (c == 'v')
                        {
                            _sharpV = _sharp;
                            _sharp = false;
                            _plusV = _plus;
                            _plus = false;
                        }

                        PrintArg(args[argNum], (char)c);
                        argNum++;
                        i++;
                        handled = true;
                    }

                    break;
                }
            }

            if (handled)
            {
                continue;
            }

            (argNum, i, afterIndex) = ArgNumber(argNum, format, i, args.Count);
            if (i < end && format[i] == '*')
            {
                i++;
                (_width, _widthPresent, argNum) = IntFromArg(args, argNum);
                if (!_widthPresent)
                {
                    _out.Append("%!(BADWIDTH)");
                }

                if (_width < 0)
                {
                    _width = -_width;
                    _minus = true;
                    _zero = false;
                }

                afterIndex = false;
            }
            else
            {
                (_width, _widthPresent, i) = ParseNumber(format, i, end);
                if (afterIndex && _widthPresent)
                {
                    _goodArgNum = false;
                }
            }

            if (i + 1 < end && format[i] == '.')
            {
                i++;
                if (afterIndex)
                {
                    _goodArgNum = false;
                }

                (argNum, i, afterIndex) = ArgNumber(argNum, format, i, args.Count);
                if (i < end && format[i] == '*')
                {
                    i++;
                    (_precision, _precisionPresent, argNum) = IntFromArg(args, argNum);
                    if (_precision < 0)
                    {
                        _precision = 0;
                        _precisionPresent = false;
                    }

                    if (!_precisionPresent)
                    {
                        _out.Append("%!(BADPREC)");
                    }

                    afterIndex = false;
                }
                else
                {
                    (_precision, _precisionPresent, i) = ParseNumber(format, i, end);
                    if (!_precisionPresent)
                    {
                        _precision = 0;
                        _precisionPresent = true;
                    }
                }
            }

            if (!afterIndex)
            {
                (argNum, i, afterIndex) = ArgNumber(argNum, format, i, args.Count);
            }

            if (i >= end)
            {
                _out.Append("%!(NOVERB)");
                break;
            }

            var (verb, size) = format[i] < 0x80 ? (format[i], 1) : GoQuote.DecodeRune(format[i..]);
            i += size;
            if (verb == '%')
            {
                _out.Append((byte)'%');
            }
            else if (!_goodArgNum)
            {
                BadArgument(verb, "(BADINDEX)");
            }
            else if (argNum >= args.Count)
            {
                BadArgument(verb, "(MISSING)");
            }
            else
            {
                if (verb == 'v')
                {
                    _sharpV = _sharp;
                    _sharp = false;
                    _plusV = _plus;
                    _plus = false;
                }

                PrintArg(args[argNum], verb);
                argNum++;
            }
        }

        if (!_reordered && argNum < args.Count)
        {
            ClearFlags();
            _out.Append("%!(EXTRA ");
            for (var k = argNum; k < args.Count; k++)
            {
                if (k > argNum)
                {
                    _out.Append(", ");
                }

                var arg = args[k] is Missing ? null : args[k];
                if (arg is null)
                {
                    _out.Append("<nil>");
                }
                else
                {
                    _out.Append(GoValues.TypeName(arg));
                    _out.Append((byte)'=');
                    PrintArg(arg, 'v');
                }
            }

            _out.Append((byte)')');
        }
    }

    private void BadArgument(int verb, string what)
    {
        _out.Append("%!");
        _out.AppendRune(verb);
        _out.Append(what);
    }

    private (int ArgNum, int Index, bool Found) ArgNumber(int argNum, ReadOnlySpan<byte> format, int i, int numArgs)
    {
        if (format.Length <= i || format[i] != '[')
        {
            return (argNum, i, false);
        }

        _reordered = true;
        for (var j = i + 1; j < format.Length; j++)
        {
            if (format[j] == ']')
            {
                var (index, ok, newI) = ParseNumber(format, i + 1, j);
                if (!ok || newI != j)
                {
                    _goodArgNum = false;
                    return (argNum, j + 1, false);
                }

                index--;
                if (index >= 0 && index < numArgs)
                {
                    return (index, j + 1, true);
                }

                _goodArgNum = false;
                return (argNum, j + 1, true);
            }
        }

        _goodArgNum = false;
        return (argNum, i + 1, false);
    }

    private static (int Value, bool Present, int Index) ParseNumber(ReadOnlySpan<byte> format, int start, int end)
    {
        if (start >= end)
        {
            return (0, false, end);
        }

        var num = 0;
        var present = false;
        var i = start;
        for (; i < end && format[i] >= '0' && format[i] <= '9'; i++)
        {
            if (num > 1_000_000)
            {
                return (0, false, end);
            }

            num = (num * 10) + (format[i] - '0');
            present = true;
        }

        return (num, present, i);
    }

    private static (int Value, bool IsInt, int ArgNum) IntFromArg(IReadOnlyList<object?> args, int argNum)
    {
        if (argNum >= args.Count)
        {
            return (0, false, argNum);
        }

        var isInt = GoValues.TryGetInteger(args[argNum], out var value);
        if (!isInt || value > 1_000_000 || value < -1_000_000)
        {
            return (0, false, argNum + 1);
        }

        return ((int)value, true, argNum + 1);
    }

    private void PrintArg(object? arg, int verb)
    {
        if (arg is null or Missing)
        {
            if (verb is 'T' or 'v')
            {
                Pad("<nil>"u8);
            }
            else
            {
                BadVerb(verb, null);
            }

            return;
        }

        if (verb == 'T')
        {
            FormatString(GoValues.TypeName(arg));
            return;
        }

        PrintValue(arg, verb, 0);
    }

    private void PrintValue(object? value, int verb, int depth)
    {
        if (depth > MaxDepth || (depth > 0 && !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            throw new TemplateFunctionException(NestingMessage);
        }

        switch (value)
        {
            case null or Missing:
                _out.Append(_sharpV ? "interface {}(nil)" : "<nil>");
                return;
            case bool b:
                FormatBool(b, verb);
                return;
            case long l:
                FormatInteger(unchecked((ulong)l), true, verb, value);
                return;
            case GoInt64 l:
                FormatInteger(unchecked((ulong)l.Value), true, verb, value);
                return;
            case byte b:
                FormatInteger(b, false, verb, value);
                return;
            case ulong u:
                FormatInteger(u, false, verb, value);
                return;
            case uint u:
                FormatInteger(u, false, verb, value);
                return;
            case double d:
                FormatFloatVerb(d, verb, value);
                return;
            case Complex c:
                FormatComplex(c, verb, value);
                return;
            case GoString s:
                FormatStringVerb(s.Span, verb, value);
                return;
            case GoObject obj:
                if (!_erroring && obj.StringForm is { } text && verb is 'v' or 's' or 'x' or 'X' or 'q' && !_sharpV)
                {
                    FormatStringVerb(GoString.FromUtf8(text).Span, verb, value);
                    return;
                }

                _out.Append(obj.DefaultFormat);
                return;
            case GoMap map:
                PrintMap(map, verb, depth);
                return;
            case GoList list:
                PrintList(list, verb, depth);
                return;
            case GoFunction:
                _out.Append(_sharpV ? "(func)" : "0x0");
                return;
            default:
                _out.Append("?");
                return;
        }
    }

    private void PrintMap(GoMap map, int verb, int depth)
    {
        if (_sharpV)
        {
            _out.Append(map.Type.Name);
            _out.Append((byte)'{');
        }
        else
        {
            _out.Append("map[");
        }

        var first = true;
        foreach (var key in map.SortedKeys())
        {
            if (!first)
            {
                _out.Append(_sharpV ? ", " : " ");
            }

            first = false;
            PrintValue(key, verb, depth + 1);
            _out.Append((byte)':');
            PrintValue(map.Entries[key], verb, depth + 1);
        }

        _out.Append(_sharpV ? (byte)'}' : (byte)']');
    }

    private void PrintList(GoList list, int verb, int depth)
    {
        if (_sharpV)
        {
            _out.Append(list.Type.Name);
            _out.Append((byte)'{');
        }
        else
        {
            _out.Append((byte)'[');
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (i > 0)
            {
                _out.Append(_sharpV ? ", " : " ");
            }

            PrintValue(list.Items[i], verb, depth + 1);
        }

        _out.Append(_sharpV ? (byte)'}' : (byte)']');
    }

    private void BadVerb(int verb, object? value)
    {
        _erroring = true;
        _out.Append("%!");
        _out.AppendRune(verb);
        _out.Append((byte)'(');
        if (value is null or Missing)
        {
            _out.Append("<nil>");
        }
        else
        {
            _out.Append(GoValues.TypeName(value));
            _out.Append((byte)'=');
            PrintArg(value, 'v');
        }

        _out.Append((byte)')');
        _erroring = false;
    }

    private void FormatBool(bool value, int verb)
    {
        if (verb is 't' or 'v')
        {
            Pad(value ? "true"u8 : "false"u8);
        }
        else
        {
            BadVerb(verb, value);
        }
    }

    private void FormatString(string text) => FormatS(GoString.FromUtf8(text).Span);

    private void FormatStringVerb(ReadOnlySpan<byte> text, int verb, object value)
    {
        switch (verb)
        {
            case 'v':
                if (_sharpV)
                {
                    FormatQ(text);
                }
                else
                {
                    FormatS(text);
                }

                break;
            case 's':
                FormatS(text);
                break;
            case 'x':
                FormatSx(text, LowerDigits);
                break;
            case 'X':
                FormatSx(text, UpperDigits);
                break;
            case 'q':
                FormatQ(text);
                break;
            default:
                BadVerb(verb, value);
                break;
        }
    }

    private ReadOnlySpan<byte> TruncateToPrecision(ReadOnlySpan<byte> text)
    {
        if (!_precisionPresent)
        {
            return text;
        }

        var n = _precision;
        var i = 0;
        while (i < text.Length)
        {
            n--;
            if (n < 0)
            {
                return text[..i];
            }

            i += GoQuote.DecodeRune(text[i..]).Width;
        }

        return text;
    }

    private void FormatS(ReadOnlySpan<byte> text) => Pad(TruncateToPrecision(text));

    private void FormatQ(ReadOnlySpan<byte> text)
    {
        text = TruncateToPrecision(text);
        var quoted = new ByteBuilder(text.Length + 2);
        if (_sharp && GoQuote.CanBackquote(text))
        {
            quoted.Append((byte)'`');
            quoted.Append(text);
            quoted.Append((byte)'`');
        }
        else
        {
            GoQuote.AppendQuoted(quoted, text, (byte)'"', _plus);
        }

        Pad(quoted.Span);
    }

    private void FormatSx(ReadOnlySpan<byte> text, string digits)
    {
        var length = text.Length;
        if (_precisionPresent && _precision < length)
        {
            length = _precision;
        }

        var width = 2 * length;
        if (width > 0)
        {
            if (_space)
            {
                if (_sharp)
                {
                    width *= 2;
                }

                width += length - 1;
            }
            else if (_sharp)
            {
                width += 2;
            }
        }
        else
        {
            if (_widthPresent)
            {
                WritePadding(_width);
            }

            return;
        }

        if (_widthPresent && _width > width && !_minus)
        {
            WritePadding(_width - width);
        }

        if (_sharp)
        {
            _out.Append((byte)'0');
            _out.Append((byte)digits[16]);
        }

        for (var i = 0; i < length; i++)
        {
            if (_space && i > 0)
            {
                _out.Append((byte)' ');
                if (_sharp)
                {
                    _out.Append((byte)'0');
                    _out.Append((byte)digits[16]);
                }
            }

            _out.Append((byte)digits[text[i] >> 4]);
            _out.Append((byte)digits[text[i] & 0xF]);
        }

        if (_widthPresent && _width > width && _minus)
        {
            WritePadding(_width - width);
        }
    }

    private void Pad(ReadOnlySpan<byte> text)
    {
        if (!_widthPresent || _width == 0)
        {
            _out.Append(text);
            return;
        }

        var width = _width - GoQuote.RuneCount(text);
        if (!_minus)
        {
            WritePadding(width);
            _out.Append(text);
        }
        else
        {
            _out.Append(text);
            WritePadding(width);
        }
    }

    private void WritePadding(int count)
    {
        var pad = _zero ? (byte)'0' : (byte)' ';
        for (var i = 0; i < count; i++)
        {
            _out.Append(pad);
        }
    }

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
