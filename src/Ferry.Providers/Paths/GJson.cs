using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Ferry.Providers.Paths;

/// <summary>
/// The subset of gjson path syntax ESO's providers rely on for <c>remoteRef.property</c>: dotted keys, <c>\</c>
/// escapes (<c>a\.b</c> is one key), array indices (<c>friends.1.first</c>), <c>#</c> for an array's length,
/// <c>#.field</c> to collect a field from every element, <c>*</c> and <c>?</c> wildcards in keys (first match in
/// document order), <c>|</c> to apply the rest of a path to the result so far, and array queries
/// <c>#(last=="Murphy").first</c> / <c>#(age&gt;45)#.first</c> (see <see cref="GJsonQuery"/>). Modifiers
/// (<c>@reverse</c>) and multipaths are not supported: they select nothing.
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
        if (component.Query is { } query)
        {
            return component.QueryAll
                ? Project(element, components, index + 1, query)
                : FirstMatch(element, components, index + 1, query);
        }

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

    private static GJsonResult FirstMatch(JsonElement array, List<GJsonPathComponent> components, int index, GJsonQuery query)
    {
        foreach (var item in array.EnumerateArray())
        {
            if (query.Matches(item))
            {
                return Evaluate(item, components, index);
            }
        }

        return GJsonResult.Missing;
    }

    // `#.rest`: the rest of the path applied to every element (or every element the query matches); elements
    // where it selects nothing are left out.
    private static GJsonResult Project(JsonElement array, List<GJsonPathComponent> components, int index, GJsonQuery? query = null)
    {
        var raw = new StringBuilder("[");
        var first = true;
        foreach (var item in array.EnumerateArray())
        {
            if (query is not null && !query.Matches(item))
            {
                continue;
            }

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

    internal static GJsonResult FromElement(JsonElement element) => element.ValueKind switch
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
            else if (path[i] == '#' && i + 1 < path.Length && path[i + 1] == '(')
            {
                i = QueryEnd(path, i + 1);
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

    // The index of the ')' closing the '(' at `open`, skipping nested parentheses and quoted strings.
    private static int QueryEnd(string path, int open)
    {
        var depth = 0;
        var inString = false;
        for (var i = open; i < path.Length; i++)
        {
            var c = path[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '"')
            {
                inString = !inString;
            }
            else if (!inString && c == '(')
            {
                depth++;
            }
            else if (!inString && c == ')' && --depth == 0)
            {
                return i;
            }
        }

        return path.Length;
    }

    private static List<GJsonPathComponent> ParseComponents(string path)
    {
        var components = new List<GJsonPathComponent>();
        var text = new StringBuilder();
        var escaped = new List<bool>();
        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            if (c == '#' && text.Length == 0 && i + 1 < path.Length && path[i + 1] == '(')
            {
                var close = QueryEnd(path, i + 1);
                var all = close + 1 < path.Length && path[close + 1] == '#';
                components.Add(GJsonPathComponent.CreateQuery(path[(i + 2)..Math.Min(close, path.Length)], all));
                i = all ? close + 1 : close;
                if (i + 1 < path.Length && path[i + 1] == '.')
                {
                    i++;
                }

                if (i + 1 >= path.Length)
                {
                    return components;
                }

                continue;
            }

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
