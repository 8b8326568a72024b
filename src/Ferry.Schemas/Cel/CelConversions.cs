using System.Globalization;
using System.Text;

namespace Ferry.Schemas.Cel;

/// <summary>CEL's type conversion functions int(), uint(), double(), string() and bool().</summary>
internal static class CelConversions
{
    public static object ToInt(object value) => value switch
    {
        long l => l,
        ulong u => u <= long.MaxValue ? (long)u : throw new CelEvalException("range error converting " + u + " to int"),
        DateTimeOffset time => time.ToUnixTimeSeconds(),
        double d => d is >= -9.223372036854775808e18 and < 9.223372036854775808e18 && !double.IsNaN(d)
            ? (long)Math.Truncate(d)
            : throw new CelEvalException("range error converting " + CelValues.Display(d) + " to int"),
        string s => long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : throw new CelEvalException($"cannot convert string to int: strconv.ParseInt: parsing {Values.GoFormat.Quote(s)}: invalid syntax"),
        _ => throw new CelEvalException("no such overload"),
    };

    public static object ToUint(object value) => value switch
    {
        ulong u => u,
        long l => l >= 0 ? (ulong)l : throw new CelEvalException("range error converting " + l + " to uint"),
        double d => d >= 0 && d < 1.8446744073709552e19 ? (ulong)Math.Truncate(d) : throw new CelEvalException("range error converting " + CelValues.Display(d) + " to uint"),
        string s => ulong.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : throw new CelEvalException($"cannot convert string to uint: strconv.ParseUint: parsing {Values.GoFormat.Quote(s)}: invalid syntax"),
        _ => throw new CelEvalException("no such overload"),
    };

    public static object ToDouble(object value) => value switch
    {
        double d => d,
        long l => (double)l,
        ulong u => (double)u,
        string s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : throw new CelEvalException($"cannot convert string to double: strconv.ParseFloat: parsing {Values.GoFormat.Quote(s)}: invalid syntax"),
        _ => throw new CelEvalException("no such overload"),
    };

    public static object ToText(object value) => value switch
    {
        string s => s,
        bool or long or ulong or double or DateTimeOffset or TimeSpan => CelValues.Display(value),
        byte[] b => Encoding.UTF8.GetString(b),
        _ => throw new CelEvalException("no such overload"),
    };

    public static object ToBool(object value) => value switch
    {
        bool b => b,
        string s => s switch
        {
            "1" or "t" or "true" or "TRUE" or "True" => true,
            "0" or "f" or "false" or "FALSE" or "False" => false,
            _ => throw new CelEvalException($"type conversion error from 'string' to 'bool'"),
        },
        _ => throw new CelEvalException("no such overload"),
    };
}
