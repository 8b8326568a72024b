using System.Globalization;
using System.Text;
using Ferry.Schemas.Values;

namespace Ferry.Schemas.Cel;

/// <summary>CEL value semantics: type names, heterogeneous equality, ordering and display.</summary>
internal static class CelValues
{
    public static string TypeName(object value) => value switch
    {
        bool => "bool",
        long => "int",
        ulong => "uint",
        double => "double",
        string => "string",
        byte[] => "bytes",
        CelNull => "null_type",
        CelList => "list",
        ICelMap => "map",
        CelOptional => "optional_type",
        DateTimeOffset => "google.protobuf.Timestamp",
        TimeSpan => "google.protobuf.Duration",
        _ => "dyn",
    };

    public static bool Equal(object left, object right)
    {
        if (IsNumber(left) && IsNumber(right))
        {
            return CompareNumbers(left, right) == 0;
        }

        switch (left)
        {
            case bool b:
                return right is bool rb && b == rb;
            case string s:
                return right is string rs && string.Equals(s, rs, StringComparison.Ordinal);
            case byte[] bytes:
                return right is byte[] rbytes && bytes.AsSpan().SequenceEqual(rbytes);
            case CelNull:
                return right is CelNull;
            case CelList list:
                if (right is not CelList other || list.Items.Count != other.Items.Count)
                {
                    return false;
                }

                if (list.IsUnordered || other.IsUnordered)
                {
                    // Set and map lists compare as collections: every item has an equal partner, whatever the order.
                    var unmatched = other.Items.ToList();
                    foreach (var item in list.Items)
                    {
                        var match = unmatched.FindIndex(candidate => Equal(item, candidate));
                        if (match < 0)
                        {
                            return false;
                        }

                        unmatched.RemoveAt(match);
                    }

                    return true;
                }

                for (var i = 0; i < list.Items.Count; i++)
                {
                    if (!Equal(list.Items[i], other.Items[i]))
                    {
                        return false;
                    }
                }

                return true;
            case ICelMap map:
                if (right is not ICelMap otherMap || map.Count != otherMap.Count)
                {
                    return false;
                }

                foreach (var key in map.Keys)
                {
                    if (!otherMap.TryGet(key, out var value) || !map.TryGet(key, out var mine) || !Equal(mine, value))
                    {
                        return false;
                    }
                }

                return true;
            case DateTimeOffset time:
                return right is DateTimeOffset otherTime && time == otherTime;
            case TimeSpan span:
                return right is TimeSpan otherSpan && span == otherSpan;
            case CelOptional optional:
                return right is CelOptional o && optional.HasValue == o.HasValue
                    && (!optional.HasValue || Equal(optional.Value!, o.Value!));
            default:
                return false;
        }
    }

    public static int Compare(object left, object right)
    {
        if (IsNumber(left) && IsNumber(right))
        {
            return CompareNumbers(left, right);
        }

        return (left, right) switch
        {
            (string a, string b) => Math.Sign(string.CompareOrdinal(a, b)),
            (bool a, bool b) => a.CompareTo(b),
            (byte[] a, byte[] b) => Math.Sign(a.AsSpan().SequenceCompareTo(b)),
            (DateTimeOffset a, DateTimeOffset b) => a.CompareTo(b),
            (TimeSpan a, TimeSpan b) => a.CompareTo(b),
            _ => throw new CelEvalException("no such overload"),
        };
    }

    public static bool IsNumber(object value) => value is long or ulong or double;

    /// <summary>The text CEL's string() conversion gives.</summary>
    public static string Display(object value) => value switch
    {
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        ulong u => u.ToString(CultureInfo.InvariantCulture),
        double d => GoFormat.Float(d),
        string s => s,
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        CelNull => "null",
        DateTimeOffset time => CelTime.FormatTimestamp(time),
        TimeSpan span => CelTime.FormatDuration(span),
        CelList list => "[" + string.Join(", ", list.Items.Select(Display)) + "]",
        ICelMap map => "{" + string.Join(", ", map.Keys.Select(k => map.TryGet(k, out var v) ? $"{Display(k)}: {Display(v)}" : string.Empty)) + "}",
        _ => value.ToString() ?? string.Empty,
    };

    private static int CompareNumbers(object left, object right)
    {
        switch (left, right)
        {
            case (long a, long b):
                return a.CompareTo(b);
            case (ulong a, ulong b):
                return a.CompareTo(b);
            case (long a, ulong b):
                return a < 0 ? -1 : ((ulong)a).CompareTo(b);
            case (ulong a, long b):
                return b < 0 ? 1 : a.CompareTo((ulong)b);
        }

        var x = ToDouble(left);
        var y = ToDouble(right);
        if (double.IsNaN(x) || double.IsNaN(y))
        {
            // NaN is unordered; equality with NaN is false and so is every comparison.
            return 2;
        }

        return x.CompareTo(y);
    }

    private static double ToDouble(object value) => value switch
    {
        long l => l,
        ulong u => u,
        _ => (double)value,
    };
}
