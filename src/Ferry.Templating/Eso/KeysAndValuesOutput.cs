using Ferry.Templating.Values;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Ferry.Templating.Eso;

/// <summary>
/// Reads a KeysAndValues template's output as ESO does (sigs.k8s.io/yaml into map[string]string): a YAML map
/// whose values must be strings; an unquoted number or boolean is an error, as JSON decoding makes it in ESO.
/// </summary>
internal static class KeysAndValuesOutput
{
    public static List<KeyValuePair<string, GoString>> Parse(GoString output) =>
        SimpleKeysAndValues.TryParse(output.ToUtf8String()) ?? ParseYaml(output);

    /// <summary>The general path: a full YAML parser (slow; most outputs take the simple path).</summary>
    internal static List<KeyValuePair<string, GoString>> ParseYaml(GoString output)
    {
        var result = new List<KeyValuePair<string, GoString>>();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(output.ToUtf8String()));
        }
        catch (YamlException exception)
        {
            throw new SecretTemplateException(
                $"could not read the KeysAndValues template output as YAML: line {exception.Start.Line}: {exception.Message}");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: "" or null })
        {
            return result;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            throw new SecretTemplateException("the KeysAndValues template output is not a map of keys to values");
        }

        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (valueNode is not YamlScalarNode scalar)
            {
                throw new SecretTemplateException($"the KeysAndValues template output has a non-string value at key {key}");
            }

            var text = scalar.Value ?? "";
            if (scalar.Style is ScalarStyle.Plain && ResolvesToNonString(text))
            {
                throw new SecretTemplateException(
                    $"the KeysAndValues template output has a non-string value at key {key}: quote it");
            }

            // An empty or null value decodes to "" (JSON null into a string map).
            var isNull = scalar.Style is ScalarStyle.Plain && text is "" or "~" or "null" or "Null" or "NULL";
            result.Add(new(key, isNull ? GoString.Empty : GoString.FromUtf8(text)));
        }

        return result;
    }

    internal static bool ResolvesToNonString(string text) =>
        text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE"
            or "yes" or "Yes" or "YES" or "no" or "No" or "NO" or "on" or "On" or "ON" or "off" or "Off" or "OFF"
            or "y" or "Y" or "n" or "N"
        || double.TryParse(text.Replace("_", "", StringComparison.Ordinal), System.Globalization.NumberStyles.Float,
            System.Globalization.CultureInfo.InvariantCulture, out _);
}
