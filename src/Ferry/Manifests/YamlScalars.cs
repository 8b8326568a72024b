using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Ferry.Manifests;

/// <summary>
/// Resolves plain YAML scalars the way kubectl does. kubectl turns YAML into JSON through sigs.k8s.io/yaml, which
/// resolves scalars with go-yaml v2's YAML 1.1 rules: <c>yes</c>, <c>on</c> and <c>y</c> are booleans, <c>0777</c>
/// is octal, <c>1_000</c> is an integer. A manifest must mean the same to Ferry as to the API server.
/// </summary>
internal static partial class YamlScalars
{
    private static readonly HashSet<string> Trues = ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"];
    private static readonly HashSet<string> Falses = ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"];
    private static readonly HashSet<string> Nulls = ["", "~", "null", "Null", "NULL"];

    /// <summary>Resolves a plain (unquoted, untagged) scalar.</summary>
    public static JsonNode? ResolvePlain(string text)
    {
        if (Nulls.Contains(text))
        {
            return null;
        }

        if (Trues.Contains(text))
        {
            return JsonValue.Create(true);
        }

        if (Falses.Contains(text))
        {
            return JsonValue.Create(false);
        }

        if (TryInteger(text, out var integer))
        {
            return JsonValue.Create(integer);
        }

        if (TryFloat(text, out var number))
        {
            return JsonValue.Create(number);
        }

        return JsonValue.Create(text);
    }

    /// <summary>Resolves a scalar with an explicit core tag (<c>!!str</c>, <c>!!int</c>, ...).</summary>
    public static JsonNode? ResolveTagged(string tag, string text) => tag switch
    {
        "tag:yaml.org,2002:str" => JsonValue.Create(text),
        "tag:yaml.org,2002:binary" => JsonValue.Create(text.Replace("\n", string.Empty, StringComparison.Ordinal)),
        "tag:yaml.org,2002:null" => null,
        "tag:yaml.org,2002:bool" when Trues.Contains(text) => JsonValue.Create(true),
        "tag:yaml.org,2002:bool" when Falses.Contains(text) => JsonValue.Create(false),
        "tag:yaml.org,2002:int" when TryInteger(text, out var i) => JsonValue.Create(i),
        "tag:yaml.org,2002:float" when TryFloat(text, out var f) => JsonValue.Create(f),
        "tag:yaml.org,2002:float" when TryInteger(text, out var i) => JsonValue.Create((double)i),
        _ when tag.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal) =>
            throw new FormatException($"cannot decode '{TagName(tag)}' scalar with this value"),
        _ => ResolvePlain(text),
    };

    private static string TagName(string tag) => "!!" + tag["tag:yaml.org,2002:".Length..];

    private static bool TryInteger(string text, out long value)
    {
        value = 0;
        var plain = text.Replace("_", string.Empty, StringComparison.Ordinal);
        if (plain.Length == 0 || !IntegerShape().IsMatch(plain))
        {
            return false;
        }

        var negative = plain[0] == '-';
        var digits = plain[0] is '-' or '+' ? plain[1..] : plain;
        ulong magnitude;
        try
        {
            magnitude = digits switch
            {
                _ when digits.StartsWith("0b", StringComparison.Ordinal) => Convert.ToUInt64(digits[2..], 2),
                _ when digits.StartsWith("0x", StringComparison.Ordinal) => Convert.ToUInt64(digits[2..], 16),
                _ when digits.Length > 1 && digits[0] == '0' => Convert.ToUInt64(digits[1..], 8),
                _ => ulong.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture),
            };
        }
        catch (Exception e) when (e is OverflowException or FormatException)
        {
            return false;
        }

        if (negative ? magnitude > (ulong)long.MaxValue + 1 : magnitude > long.MaxValue)
        {
            return false;
        }

        value = negative ? (long)(0 - magnitude) : (long)magnitude;
        return true;
    }

    private static bool TryFloat(string text, out double value)
    {
        value = 0;
        switch (text)
        {
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF":
            case "-.inf" or "-.Inf" or "-.INF":
            case ".nan" or ".NaN" or ".NAN":
                // JSON has no infinities or NaN; sigs.k8s.io/yaml fails on them too.
                throw new FormatException("infinite and NaN numbers have no JSON form");
        }

        var plain = text.Replace("_", string.Empty, StringComparison.Ordinal);
        if (!FloatShape().IsMatch(plain))
        {
            return false;
        }

        return double.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    [GeneratedRegex(@"^[-+]?(0b[01]+|0x[0-9a-fA-F]+|[0-9]+)$")]
    private static partial Regex IntegerShape();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatShape();
}
