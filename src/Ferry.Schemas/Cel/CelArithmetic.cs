namespace Ferry.Schemas.Cel;

/// <summary>CEL arithmetic: checked integer math ("integer overflow"), IEEE doubles, and string/bytes/list concatenation.</summary>
internal static class CelArithmetic
{
    public static object Apply(CelInterpreter interpreter, string op, object left, object right)
    {
        try
        {
            return (left, right) switch
            {
                (long a, long b) => Integers(op, a, b),
                (ulong a, ulong b) => Unsigned(op, a, b),
                (double a, double b) => Doubles(op, a, b),
                (string a, string b) when op == "_+_" => Concat(interpreter, a, b),
                (byte[] a, byte[] b) when op == "_+_" => (byte[])[.. a, .. b],
                (CelList a, CelList b) when op == "_+_" => ConcatLists(interpreter, a, b),
                (DateTimeOffset a, TimeSpan b) when op == "_+_" => a + b,
                (TimeSpan a, DateTimeOffset b) when op == "_+_" => b + a,
                (DateTimeOffset a, TimeSpan b) when op == "_-_" => a - b,
                (DateTimeOffset a, DateTimeOffset b) when op == "_-_" => a - b,
                (TimeSpan a, TimeSpan b) when op == "_+_" => a + b,
                (TimeSpan a, TimeSpan b) when op == "_-_" => a - b,
                _ => throw new CelEvalException("no such overload"),
            };
        }
        catch (OverflowException)
        {
            throw new CelEvalException(op is "_+_" or "_-_" or "_*_" ? "integer overflow" : "unsigned integer overflow");
        }
    }

    private static long Integers(string op, long a, long b) => op switch
    {
        "_+_" => checked(a + b),
        "_-_" => checked(a - b),
        "_*_" => checked(a * b),
        "_/_" => b == 0 ? throw new CelEvalException("division by zero") : (a == long.MinValue && b == -1 ? throw new OverflowException() : a / b),
        _ => b == 0 ? throw new CelEvalException("modulus by zero") : (a == long.MinValue && b == -1 ? 0 : a % b),
    };

    private static ulong Unsigned(string op, ulong a, ulong b) => op switch
    {
        "_+_" => checked(a + b),
        "_-_" => checked(a - b),
        "_*_" => checked(a * b),
        "_/_" => b == 0 ? throw new CelEvalException("division by zero") : a / b,
        _ => b == 0 ? throw new CelEvalException("modulus by zero") : a % b,
    };

    private static double Doubles(string op, double a, double b) => op switch
    {
        "_+_" => a + b,
        "_-_" => a - b,
        "_*_" => a * b,
        "_/_" => a / b,
        _ => throw new CelEvalException("no such overload"),
    };

    private static string Concat(CelInterpreter interpreter, string a, string b)
    {
        interpreter.Charge(1 + ((a.Length + b.Length) / 10));
        return a + b;
    }

    private static CelList ConcatLists(CelInterpreter interpreter, CelList a, CelList b)
    {
        interpreter.Charge(1 + ((a.Items.Count + b.Items.Count) / 10));
        switch (a.ListType)
        {
            case "set":
                // Union: a's items keep their places, b's new items follow in order.
                interpreter.Charge(a.Items.Count * b.Items.Count / 10);
                var union = a.Items.ToList();
                union.AddRange(b.Items.Where(item => !union.Any(existing => CelValues.Equal(existing, item))));
                return new CelList(union) { ListType = a.ListType };
            case "map":
                // Merge by key: b's value replaces a's item with the same keys in place; new keys follow in order.
                interpreter.Charge(a.Items.Count * b.Items.Count / 10);
                var merged = a.Items.ToList();
                foreach (var item in b.Items)
                {
                    var at = merged.FindIndex(existing => SameKeys(a.MapKeys, existing, item));
                    if (at >= 0)
                    {
                        merged[at] = item;
                    }
                    else
                    {
                        merged.Add(item);
                    }
                }

                return new CelList(merged) { ListType = a.ListType, MapKeys = a.MapKeys };
            default:
                return new CelList([.. a.Items, .. b.Items]);
        }
    }

    private static bool SameKeys(IReadOnlyList<string> keys, object left, object right) =>
        left is ICelMap l && right is ICelMap r && keys.All(k =>
            l.TryGet(k, out var lv) == r.TryGet(k, out var rv) && CelValues.Equal(lv, rv));
}
