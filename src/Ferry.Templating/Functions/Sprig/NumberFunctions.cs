using System.Globalization;
using System.Security.Cryptography;
using Ferry.Templating.Values;
using static Ferry.Templating.Functions.Sprig.SprigValues;

namespace Ferry.Templating.Functions.Sprig;

/// <summary>sprig's numeric.go: integer math on int64 via spf13/cast, float math via decimals.</summary>
internal static class NumberFunctions
{
    private static readonly GoType A = GoType.Any;

    public static IEnumerable<GoFunction> All()
    {
        yield return new("add1", [A], null, a => new GoInt64(ToInt64(a[0]) + 1));
        yield return new("add", [], A, a => new GoInt64(a.Sum(ToInt64)));
        yield return new("sub", [A, A], null, a => new GoInt64(ToInt64(a[0]) - ToInt64(a[1])));
        yield return new("div", [A, A], null, a => new GoInt64(ToInt64(a[0]) / NonZero(ToInt64(a[1]))));
        yield return new("mod", [A, A], null, a => new GoInt64(ToInt64(a[0]) % NonZero(ToInt64(a[1]))));
        yield return new("mul", [A], A, a => new GoInt64(a.Aggregate(1L, (p, v) => p * ToInt64(v))));
        yield return new("max", [A], A, a => new GoInt64(a.Max(ToInt64)));
        yield return new("biggest", [A], A, a => new GoInt64(a.Max(ToInt64)));
        yield return new("min", [A], A, a => new GoInt64(a.Min(ToInt64)));
        yield return new("int", [A], null, a => ToInt64(a[0]));
        yield return new("int64", [A], null, a => new GoInt64(ToInt64(a[0])));
        yield return new("float64", [A], null, a => ToFloat64(a[0]));
        yield return new("atoi", [GoType.String], null, a => long.TryParse(Text(a[0]), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : 0L);
        yield return new("toDecimal", [A], null, a => new GoInt64(ParseOctal(StrVal(a[0]).ToUtf8String())));
        yield return new("floor", [A], null, a => Math.Floor(ToFloat64(a[0])));
        yield return new("ceil", [A], null, a => Math.Ceiling(ToFloat64(a[0])));
        yield return new("round", [A, GoType.Int], GoType.Float64, a => Round(ToFloat64(a[0]), (long)a[1]!, a.Length > 2 ? (double)a[2]! : 0.5));
        yield return new("add1f", [A], null, a => Decimal(ToDecimal(a[0]) + 1));
        yield return new("addf", [], A, a => Decimal(a.Aggregate(0m, (s, v) => s + ToDecimal(v))));
        yield return new("subf", [A], A, a => Decimal(a[1..].Aggregate(ToDecimal(a[0]), (s, v) => s - ToDecimal(v))));
        yield return new("mulf", [A], A, a => Decimal(a[1..].Aggregate(ToDecimal(a[0]), (s, v) => s * ToDecimal(v))));
        yield return new("divf", [A], A, a => Decimal(a[1..].Aggregate(ToDecimal(a[0]), (s, v) => s / NonZero(ToDecimal(v)))));
        yield return new("maxf", [A], A, a => a.Max(ToFloat64));
        yield return new("minf", [A], A, a => a.Min(ToFloat64));
        yield return new("randInt", [GoType.Int, GoType.Int], null, a => RandomNumberGenerator.GetInt32((int)(long)a[0]!, (int)(long)a[1]!));
    }

    private static long NonZero(long value) =>
        value == 0 ? throw new TemplateFunctionException("runtime error: integer divide by zero") : value;

    private static decimal NonZero(decimal value) =>
        value == 0 ? throw new TemplateFunctionException("decimal division by 0") : value;

    private static decimal ToDecimal(object? value)
    {
        var f = ToFloat64(value);
        return decimal.TryParse(f.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : 0m;
    }

    private static double Decimal(decimal value) => (double)value;

    private static long ParseOctal(string text)
    {
        try
        {
            return Convert.ToInt64(text, 8);
        }
        catch (Exception exception) when (exception is FormatException or OverflowException or ArgumentException)
        {
            return 0;
        }
    }

    private static double Round(double value, long places, double roundOn)
    {
        var pow = Math.Pow(10, places);
        var digit = pow * value;
        var fraction = digit - Math.Truncate(digit);
        var rounded = fraction >= roundOn ? Math.Ceiling(digit) : Math.Floor(digit);
        return rounded / pow;
    }
}
