using System.Text;
using System.Text.RegularExpressions;
using Ferry.Api.Regexp;

namespace Ferry.Schemas.Cel;

/// <summary>CEL's operators and the functions Kubernetes makes available (standard, strings and lists libraries).</summary>
internal static class CelFunctions
{
    public static object Invoke(CelInterpreter interpreter, string name, object? receiver, object[] args)
    {
        switch (name)
        {
            case "!_":
                return !CelInterpreter.AsBool(args[0]);
            case "_==_":
                return CelValues.Equal(args[0], args[1]);
            case "_!=_":
                return !CelValues.Equal(args[0], args[1]);
            case "_<_" or "_<=_" or "_>_" or "_>=_":
                return Relation(name, args[0], args[1]);
            case "@in":
                return In(interpreter, args[0], args[1]);
            case "_[_]":
                return args[0] is CelOptional optional
                    ? Optionally(optional, v => Index(v, args[1]))
                    : Index(args[0], args[1]);
            case "_?._":
                return Optionally(args[0], v => v is ICelMap map && map.TryGetField((string)args[1], out var field) ? field : null);
            case "_[?_]":
                return Optionally(args[0], v => TryIndex(v, args[1]));
            case "_+_" or "_-_" or "_*_" or "_/_" or "_%_":
                return CelArithmetic.Apply(interpreter, name, args[0], args[1]);
            case "-_":
                return args[0] switch
                {
                    long l => l == long.MinValue ? throw new CelEvalException("integer overflow") : -l,
                    double d => -d,
                    _ => throw new CelEvalException("no such overload"),
                };
        }

        var all = receiver is null ? args : [receiver, .. args];
        return name switch
        {
            "size" when all.Length == 1 => Size(all[0]),
            "contains" => Strings(interpreter, all, (s, t) => s.Contains(t, StringComparison.Ordinal)),
            "startsWith" => Strings(interpreter, all, (s, t) => s.StartsWith(t, StringComparison.Ordinal)),
            "endsWith" => Strings(interpreter, all, (s, t) => s.EndsWith(t, StringComparison.Ordinal)),
            "matches" => Strings(interpreter, all, Matches),
            "lowerAscii" => MapAscii(interpreter, all, char.ToLowerInvariant),
            "upperAscii" => MapAscii(interpreter, all, char.ToUpperInvariant),
            "trim" when all is [string s] => s.Trim(),
            "replace" when all is [string s, string from, string to] => Charged(interpreter, s.Length, s.Replace(from, to, StringComparison.Ordinal)),
            "split" when all is [string s, string separator] => Charged(interpreter, s.Length,
                new CelList([.. (separator.Length == 0 ? s.EnumerateRunes().Select(r => r.ToString()) : s.Split(separator)).Cast<object>()])),
            "join" when all is [CelList list] => Join(list, string.Empty),
            "join" when all is [CelList list, string separator] => Join(list, separator),
            "indexOf" when all is [string s, string t] => (long)CodePointIndex(s, s.IndexOf(t, StringComparison.Ordinal)),
            "lastIndexOf" when all is [string s, string t] => (long)CodePointIndex(s, s.LastIndexOf(t, StringComparison.Ordinal)),
            "indexOf" when all is [CelList list, var item] => (long)IndexOf(list.Items, item),
            "lastIndexOf" when all is [CelList list, var item] => (long)LastIndexOf(list.Items, item),
            "find" when all is [string s, string pattern] => Find(interpreter, s, pattern, 1).FirstOrDefault() ?? string.Empty,
            "findAll" when all is [string s, string pattern] => new CelList([.. Find(interpreter, s, pattern, -1)]),
            "findAll" when all is [string s, string pattern, long limit] => new CelList([.. Find(interpreter, s, pattern, limit)]),
            "sets.contains" when all is [CelList a, CelList b] => Charged(interpreter, a.Items.Count * b.Items.Count / 10, b.Items.All(x => a.Items.Any(y => CelValues.Equal(x, y)))),
            "sets.equivalent" when all is [CelList a, CelList b] => Charged(interpreter, a.Items.Count * b.Items.Count / 5,
                b.Items.All(x => a.Items.Any(y => CelValues.Equal(x, y))) && a.Items.All(x => b.Items.Any(y => CelValues.Equal(x, y)))),
            "sets.intersects" when all is [CelList a, CelList b] => Charged(interpreter, a.Items.Count * b.Items.Count / 10, b.Items.Any(x => a.Items.Any(y => CelValues.Equal(x, y)))),
            "substring" when all is [string s, long start] => Substring(s, start, null),
            "substring" when all is [string s, long start, long end] => Substring(s, start, end),
            "charAt" when all is [string s, long at] => Substring(s, at, Math.Min(at + 1, s.EnumerateRunes().Count())),
            "int" when all.Length == 1 => CelConversions.ToInt(all[0]),
            "uint" when all.Length == 1 => CelConversions.ToUint(all[0]),
            "double" when all.Length == 1 => CelConversions.ToDouble(all[0]),
            "string" when all.Length == 1 => CelConversions.ToText(all[0]),
            "bool" when all.Length == 1 => CelConversions.ToBool(all[0]),
            "bytes" when all is [string s] => Encoding.UTF8.GetBytes(s),
            "bytes" when all is [byte[] b] => b,
            "dyn" when all.Length == 1 => all[0],
            "timestamp" when all is [string s] => CelTime.ParseTimestamp(s),
            "timestamp" when all is [DateTimeOffset t] => t,
            "duration" when all is [string s] => CelTime.ParseDuration(s),
            "duration" when all is [TimeSpan d] => d,
            _ when receiver is DateTimeOffset time => CelTime.TimestampGetter(name, time, args),
            _ when receiver is TimeSpan span => CelTime.DurationGetter(name, span, args),
            "hasValue" when all is [CelOptional o] => o.HasValue,
            "value" when all is [CelOptional o] => o.Value ?? throw new CelEvalException("optional.none() dereference"),
            "orValue" when all is [CelOptional o, var fallback] => o.Value ?? fallback,
            "or" when all is [CelOptional o, CelOptional other] => o.HasValue ? o : other,
            "optional.of" when all.Length == 1 => new CelOptional(all[0]),
            "optional.none" when all.Length == 0 => CelOptional.None,
            "optional.ofNonZeroValue" when all.Length == 1 => IsZero(all[0]) ? CelOptional.None : new CelOptional(all[0]),
            "sum" when all is [CelList list] => Sum(interpreter, list),
            "min" when all is [CelList list] => Extreme(list, -1),
            "max" when all is [CelList list] => Extreme(list, 1),
            "isSorted" when all is [CelList list] => IsSorted(list),
            _ => throw new CelEvalException($"no such overload: {name}"),
        };
    }

    private static bool Relation(string name, object left, object right)
    {
        if ((left is double a && double.IsNaN(a)) || (right is double b && double.IsNaN(b)))
        {
            return false;
        }

        var order = CelValues.Compare(left, right);
        return name switch
        {
            "_<_" => order < 0,
            "_<=_" => order <= 0,
            "_>_" => order > 0,
            _ => order >= 0,
        };
    }

    private static bool In(CelInterpreter interpreter, object element, object container)
    {
        switch (container)
        {
            case CelList list:
                interpreter.Charge(list.Items.Count);
                return list.Items.Any(item => CelValues.Equal(item, element));
            case ICelMap map:
                return map.TryGet(element, out _);
            default:
                throw new CelEvalException("no such overload");
        }
    }

    private static object Index(object container, object index)
    {
        switch (container)
        {
            case CelList list:
                var position = index switch
                {
                    long l => l,
                    ulong u when u <= long.MaxValue => (long)u,
                    double d when Math.Floor(d) == d => (long)d,
                    _ => throw new CelEvalException("unsupported index type"),
                };
                return position >= 0 && position < list.Items.Count
                    ? list.Items[(int)position]
                    : throw new CelEvalException($"index out of bounds: {position}");
            case ICelMap map:
                return map.TryGet(index, out var value)
                    ? value
                    : throw new CelEvalException($"no such key: {CelValues.Display(index)}");
            default:
                throw new CelEvalException("no such overload");
        }
    }

    /// <summary>Applies a selection to a value or to the inside of an optional; a missing result is optional.none.</summary>
    private static CelOptional Optionally(object target, Func<object, object?> select)
    {
        if (target is CelOptional optional)
        {
            if (!optional.HasValue)
            {
                return CelOptional.None;
            }

            target = optional.Value!;
        }

        return select(target) is { } value ? new CelOptional(value) : CelOptional.None;
    }

    private static object? TryIndex(object container, object index) => container switch
    {
        CelList list when index is long i => i >= 0 && i < list.Items.Count ? list.Items[(int)i] : null,
        ICelMap map => map.TryGet(index, out var value) ? value : null,
        _ => throw new CelEvalException("no such overload"),
    };

    private static bool IsZero(object value) => value switch
    {
        bool b => !b,
        long l => l == 0,
        ulong u => u == 0,
        double d => d == 0,
        string s => s.Length == 0,
        byte[] b => b.Length == 0,
        CelList list => list.Items.Count == 0,
        ICelMap map => map.Count == 0,
        CelNull => true,
        _ => false,
    };

    private static long Size(object value) => value switch
    {
        string s => s.EnumerateRunes().Count(),
        byte[] b => b.Length,
        CelList list => list.Items.Count,
        ICelMap map => map.Count,
        _ => throw new CelEvalException("no such overload"),
    };

    private static bool Strings(CelInterpreter interpreter, object[] all, Func<string, string, bool> test)
    {
        if (all is not [string s, string t])
        {
            throw new CelEvalException("no such overload");
        }

        interpreter.Charge(1 + ((s.Length + t.Length) / 10));
        return test(s, t);
    }

    private static bool Matches(string text, string pattern)
    {
        Regex regex;
        try
        {
            regex = GoRegex.Compile(pattern).Regex;
        }
        catch (ArgumentException e)
        {
            throw new CelEvalException(e.Message, e);
        }

        return regex.IsMatch(text);
    }

    private static string MapAscii(CelInterpreter interpreter, object[] all, Func<char, char> map)
    {
        if (all is not [string s])
        {
            throw new CelEvalException("no such overload");
        }

        interpreter.Charge(1 + (s.Length / 10));
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsAscii(chars[i]))
            {
                chars[i] = map(chars[i]);
            }
        }

        return new string(chars);
    }

    private static object Charged(CelInterpreter interpreter, int size, object result)
    {
        interpreter.Charge(1 + (size / 10));
        return result;
    }

    private static int IndexOf(IReadOnlyList<object> items, object item)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (CelValues.Equal(items[i], item))
            {
                return i;
            }
        }

        return -1;
    }

    private static int LastIndexOf(IReadOnlyList<object> items, object item)
    {
        for (var i = items.Count - 1; i >= 0; i--)
        {
            if (CelValues.Equal(items[i], item))
            {
                return i;
            }
        }

        return -1;
    }

    private static IEnumerable<object> Find(CelInterpreter interpreter, string text, string pattern, long limit)
    {
        interpreter.Charge(1 + (text.Length / 10));
        GoRegexp regex;
        try
        {
            regex = GoRegex.Compile(pattern);
        }
        catch (ArgumentException e)
        {
            throw new CelEvalException(e.Message, e);
        }

        // Go's FindAllString, which cel-go calls: no empty match right after a match.
        var found = regex.FindAll(text).Select(m => (object)m.Value);
        return limit < 0 ? found : found.Take((int)Math.Min(limit, int.MaxValue));
    }

    private static string Join(CelList list, string separator) =>
        string.Join(separator, list.Items.Select(i => i as string ?? throw new CelEvalException("no such overload")));

    private static int CodePointIndex(string s, int utf16Index) =>
        utf16Index < 0 ? -1 : s[..utf16Index].EnumerateRunes().Count();

    private static string Substring(string s, long start, long? end)
    {
        var runes = s.EnumerateRunes().ToArray();
        var stop = end ?? runes.Length;
        if (start < 0 || start > runes.Length)
        {
            throw new CelEvalException($"index out of range: {start}");
        }

        if (stop < start || stop > runes.Length)
        {
            throw new CelEvalException($"index out of range: {stop}");
        }

        return string.Concat(runes[(int)start..(int)stop].Select(r => r.ToString()));
    }

    private static object Sum(CelInterpreter interpreter, CelList list)
    {
        object total = 0L;
        foreach (var item in list.Items)
        {
            total = CelArithmetic.Apply(interpreter, "_+_", total, item);
        }

        return total;
    }

    private static object Extreme(CelList list, int sign)
    {
        if (list.Items.Count == 0)
        {
            throw new CelEvalException(sign < 0 ? "min(list) argument must not be empty" : "max(list) argument must not be empty");
        }

        var best = list.Items[0];
        foreach (var item in list.Items.Skip(1))
        {
            if (CelValues.Compare(item, best) * sign > 0)
            {
                best = item;
            }
        }

        return best;
    }

    private static bool IsSorted(CelList list)
    {
        for (var i = 1; i < list.Items.Count; i++)
        {
            if (CelValues.Compare(list.Items[i - 1], list.Items[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }
}
