using System.Globalization;

namespace Ferry.Templating.Eso;

/// <summary>
/// The text sigs.k8s.io/yaml gives a resolved YAML scalar when the target is map[string]string (ESO's
/// KeysAndValues output): its YAML-to-JSON step knows the element type is string, so it turns numbers and booleans
/// into text (ints in decimal, floats with strconv.FormatFloat(v, 'g', -1, 32)) instead of letting JSON decoding
/// fail; a null becomes JSON null, which leaves "" in the map. Non-string keys become text the same way.
/// </summary>
internal static class StringMapCoercion
{
    public static string ValueText(object? resolved) => resolved switch
    {
        null => "",
        string text => text,
        bool flag => flag ? "true" : "false",
        long number => number.ToString(CultureInfo.InvariantCulture),
        ulong number => number.ToString(CultureInfo.InvariantCulture),
        double number => FormatFloat32(number),
        _ => throw new ArgumentOutOfRangeException(nameof(resolved), resolved.GetType().Name, "not a resolved YAML scalar"),
    };

    /// <summary>The key's text, or null for the key types sigs.k8s.io/yaml rejects (null, and uint64 on 64-bit Go).</summary>
    public static string? KeyText(object? resolved) => resolved switch
    {
        null or ulong => null,
        double number => FormatFloat32(number) switch
        {
            "+Inf" => ".inf",
            "-Inf" => "-.inf",
            "NaN" => ".nan",
            var text => text,
        },
        _ => ValueText(resolved),
    };

    /// <summary>Go's strconv.FormatFloat(value, 'g', -1, 32): the shortest digits of the float32, in %e form when
    /// the decimal exponent is below -4 or at least 6.</summary>
    public static string FormatFloat32(double value)
    {
        var single = (float)value;
        if (float.IsNaN(single))
        {
            return "NaN";
        }

        if (float.IsInfinity(single))
        {
            return single > 0 ? "+Inf" : "-Inf";
        }

        // .NET's round-trip form of a float has the same shortest digits as Go; only the layout differs.
        var roundTrip = single.ToString("R", CultureInfo.InvariantCulture);
        var negative = roundTrip.StartsWith('-');
        var body = negative ? roundTrip[1..] : roundTrip;
        var exponentAt = body.IndexOf('E', StringComparison.Ordinal);
        var exponent = exponentAt < 0 ? 0 : int.Parse(body[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = exponentAt < 0 ? body : body[..exponentAt];
        var pointAt = mantissa.IndexOf('.', StringComparison.Ordinal);
        var integerDigits = pointAt < 0 ? mantissa.Length : pointAt;
        var digits = mantissa.Replace(".", "", StringComparison.Ordinal);
        var decimalPoint = integerDigits + exponent;
        var trimmed = digits.TrimStart('0');
        decimalPoint -= digits.Length - trimmed.Length;
        digits = trimmed.TrimEnd('0');
        var sign = negative ? "-" : "";
        if (digits.Length == 0)
        {
            return sign + "0";
        }

        var decimalExponent = decimalPoint - 1;
        if (decimalExponent is < -4 or >= 6)
        {
            var fraction = digits.Length > 1 ? "." + digits[1..] : "";
            var exponentSign = decimalExponent < 0 ? "-" : "+";
            return $"{sign}{digits[0]}{fraction}e{exponentSign}{Math.Abs(decimalExponent):00}";
        }

        if (decimalPoint <= 0)
        {
            return $"{sign}0.{new string('0', -decimalPoint)}{digits}";
        }

        return decimalPoint >= digits.Length
            ? sign + digits + new string('0', decimalPoint - digits.Length)
            : $"{sign}{digits[..decimalPoint]}.{digits[decimalPoint..]}";
    }
}
