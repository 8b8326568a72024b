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
        return new CelList([.. a.Items, .. b.Items]);
    }
}
