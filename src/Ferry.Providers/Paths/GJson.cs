using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Ferry.Providers.Paths;

/// <summary>
/// The subset of gjson path syntax ESO's providers rely on for <c>remoteRef.property</c>: dotted keys, <c>\</c>
/// escapes (<c>a\.b</c> is one key), array indices (<c>friends.1.first</c>), <c>#</c> for an array's length,
/// <c>#.field</c> to collect a field from every element, <c>*</c> and <c>?</c> wildcards in keys (first match in
/// document order), and <c>|</c> to apply the rest of a path to the result so far. Queries (<c>#(...)</c>) and
/// modifiers (<c>@reverse</c>) are not supported: they select nothing.
/// </summary>
public static class GJson
{
    public static GJsonResult Get(string json, string path)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Get(Encoding.UTF8.GetBytes(json), path);
    }

    public static GJsonResult Get(ReadOnlyMemory<byte> json, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0)
        {
            return GJsonResult.Missing;
        }

        var current = json;
        GJsonResult result = GJsonResult.Missing;
        foreach (var segment in SplitPipes(path))
        {
            if (!TryParse(current, out var document))
            {
                return GJsonResult.Missing;
            }

            using (document)
            {
                result = Evaluate(document.RootElement, ParseComponents(segment), 0);
            }

            if (!result.Exists)
            {
                return GJsonResult.Missing;
            }

            current = Encoding.UTF8.GetBytes(result.Raw);
        }

        return result;
    }

    private static bool TryParse(ReadOnlyMemory<byte> json, out JsonDocument document)
    {
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 1000 });
            return true;
        }
        catch (JsonException)
        {
            document = null!;
            return false;
        }
    }

    private static GJsonResult Evaluate(JsonElement element, List<GJsonPathComponent> components, int index)
    {
        if (index == components.Count)
        {
            return FromElement(element);
        }

        var component = components[index];
        return element.ValueKind switch
        {
            JsonValueKind.Object => EvaluateObject(element, components, index, component),
            JsonValueKind.Array => EvaluateArray(element, components, index, component),
            _ => GJsonResult.Missing,
        };
    }

    private static GJsonResult EvaluateObject(
        JsonElement element, List<GJsonPathComponent> components, int index, GJsonPathComponent component)
    {
        foreach (var member in element.EnumerateObject())
        {
            if (component.Matches(member.Name))
            {
                return Evaluate(member.Value, components, index + 1);
            }
        }

        return GJsonResult.Missing;
    }

    private static GJsonResult EvaluateArray(
        JsonElement element, List<GJsonPathComponent> components, int index, GJsonPathComponent component)
    {
        if (component.IsCount)
        {
            return index + 1 == components.Count ? Count(element) : Project(element, components, index + 1);
        }

        if (!component.IsIndex || !int.TryParse(component.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var position))
        {
            return GJsonResult.Missing;
        }

        return position < element.GetArrayLength()
            ? Evaluate(element[position], components, index + 1)
            : GJsonResult.Missing;
    }

    private static GJsonResult Count(JsonElement array)
    {
        var count = array.GetArrayLength().ToString(CultureInfo.InvariantCulture);
        return new GJsonResult(true, GJsonType.Number, count, count);
    }

    // `#.rest`: the rest of the path applied to every element; elements where it selects nothing are left out.
    private static GJsonResult Project(JsonElement array, List<GJsonPathComponent> components, int index)
    {
        var raw = new StringBuilder("[");
        var first = true;
        foreach (var item in array.EnumerateArray())
        {
            var selected = Evaluate(item, components, index);
            if (!selected.Exists)
            {
                continue;
            }

            if (!first)
            {
                raw.Append(',');
            }

            first = false;
            raw.Append(selected.Raw);
        }

        var text = raw.Append(']').ToString();
        return new GJsonResult(true, GJsonType.Json, text, text);
    }

    private static GJsonResult FromElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => new GJsonResult(true, GJsonType.String, element.GetRawText(), element.GetString()!),
        JsonValueKind.Number => new GJsonResult(true, GJsonType.Number, element.GetRawText(), element.GetRawText()),
        JsonValueKind.True => new GJsonResult(true, GJsonType.True, "true", "true"),
        JsonValueKind.False => new GJsonResult(true, GJsonType.False, "false", "false"),
        JsonValueKind.Null => new GJsonResult(true, GJsonType.Null, "null", string.Empty),
        _ => new GJsonResult(true, GJsonType.Json, element.GetRawText(), element.GetRawText()),
    };

    private static List<string> SplitPipes(string path)
    {
        var segments = new List<string>();
        var start = 0;
        for (var i = 0; i < path.Length; i++)
        {
            if (path[i] == '\\')
            {
                i++;
            }
            else if (path[i] == '|')
            {
                segments.Add(path[start..i]);
                start = i + 1;
            }
        }

        segments.Add(path[start..]);
        return segments;
    }

    private static List<GJsonPathComponent> ParseComponents(string path)
    {
        var components = new List<GJsonPathComponent>();
        var text = new StringBuilder();
        var escaped = new List<bool>();
        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            if (c == '\\' && i + 1 < path.Length)
            {
                text.Append(path[++i]);
                escaped.Add(true);
            }
            else if (c == '.')
            {
                components.Add(GJsonPathComponent.Create(text.ToString(), [.. escaped]));
                text.Clear();
                escaped.Clear();
            }
            else
            {
                text.Append(c);
                escaped.Add(false);
            }
        }

        components.Add(GJsonPathComponent.Create(text.ToString(), [.. escaped]));
        return components;
    }
}
