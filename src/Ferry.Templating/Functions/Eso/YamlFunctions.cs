using System.Globalization;
using System.Text;
using Ferry.Templating.Formatting;
using Ferry.Templating.Functions.Sprig;
using Ferry.Templating.Values;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Ferry.Templating.Functions.Eso;

/// <summary>
/// ESO's yaml.go over sigs.k8s.io/yaml: toYaml goes through JSON (keys sorted, numbers as JSON would print
/// them) and emits go-yaml v2's block style; fromYaml converts YAML to JSON values (numbers float64) and reports
/// a parse failure as a map with an "Error" key.
/// </summary>
internal static class YamlFunctions
{
    public static GoString ToYaml(object? value)
    {
        object? json;
        try
        {
            json = GoJson.Unmarshal(GoJson.Marshal(value, escapeHtml: false).Span);
        }
        catch (TemplateFunctionException)
        {
            return GoString.Empty;
        }

        var output = new StringBuilder();
        GoYamlEmitter.Emit(output, json);
        var text = output.ToString();
        return GoString.FromUtf8(text.EndsWith('\n') ? text[..^1] : text);
    }

    public static GoMap FromYaml(GoString input)
    {
        var result = GoMap.OfAny();
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(input.ToUtf8String()));
            if (stream.Documents.Count == 0)
            {
                return result;
            }

            var converted = Convert(stream.Documents[0].RootNode);
            switch (converted)
            {
                case GoMap map:
                    return map;
                case null:
                    return result;
                default:
                    result["Error"] = GoString.FromUtf8(
                        "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal "
                        + JsonKind(converted) + " into Go value of type map[string]interface {}");
                    return result;
            }
        }
        catch (YamlException exception)
        {
            result["Error"] = GoString.FromUtf8(
                $"error converting YAML to JSON: yaml: line {exception.Start.Line}: {exception.Message}");
            return result;
        }
    }

    private static string JsonKind(object? value) => value switch
    {
        GoList => "array",
        GoString => "string",
        double => "number",
        bool => "bool",
        _ => "value",
    };

    private static object? Convert(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                var map = GoMap.OfAny();
                foreach (var (key, value) in mapping.Children)
                {
                    var keyText = key is YamlScalarNode scalarKey ? KeyText(scalarKey) : key.ToString();
                    map.Entries[GoString.FromUtf8(keyText)] = Convert(value);
                }

                return map;
            case YamlSequenceNode sequence:
                return new GoList(GoType.ListOfAny, [.. sequence.Children.Select(Convert)]);
            case YamlScalarNode scalar:
                return Scalar(scalar);
            default:
                return null;
        }
    }

    private static string KeyText(YamlScalarNode scalar) => Scalar(scalar) switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        double d => GoFloatFormat.Format(d, 'g', -1) is var s && s.Contains('e', StringComparison.Ordinal) ? s : s,
        GoString s => s.ToUtf8String(),
        _ => scalar.Value ?? "",
    };

    /// <summary>YAML 1.1 resolution as go-yaml v2 does it, then JSON's view (every number a float64).</summary>
    private static object? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded)
        {
            return GoString.FromUtf8(text);
        }

        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE" or "yes" or "Yes" or "YES" or "on" or "On" or "ON" or "y" or "Y":
                return true;
            case "false" or "False" or "FALSE" or "no" or "No" or "NO" or "off" or "Off" or "OFF" or "n" or "N":
                return false;
        }

        var plain = text.Replace("_", "", StringComparison.Ordinal);
        if (long.TryParse(plain, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return (double)integer;
        }

        if (plain.StartsWith("0x", StringComparison.Ordinal)
            && long.TryParse(plain[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex))
        {
            return (double)hex;
        }

        if (plain.Length > 0 && (char.IsDigit(plain[0]) || plain[0] is '-' or '+' or '.')
            && double.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
        {
            return real;
        }

        return GoString.FromUtf8(text);
    }
}
