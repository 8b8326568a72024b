using Ferry.Templating.Values;
using static Ferry.Templating.Functions.Sprig.SprigValues;

namespace Ferry.Templating.Functions.Sprig;

/// <summary>sprig's dict.go. Dicts are map[string]interface {}; ESO's root map[string]string is not one.</summary>
internal static class DictFunctions
{
    private static readonly GoType A = GoType.Any;
    private static readonly GoType S = GoType.String;
    private static readonly GoType M = GoType.MapOfAny;

    public static IEnumerable<GoFunction> All()
    {
        yield return new("dict", [], A, a => Dict(a));
        yield return new("get", [M, S], null, a => Map(a[0]).TryGet(Bytes(a[1]), out var v) ? v : GoString.Empty);
        yield return new("set", [M, S, A], null, a => Set(Map(a[0]), Bytes(a[1]), a[2]));
        yield return new("unset", [M, S], null, a => Unset(Map(a[0]), Bytes(a[1])));
        yield return new("hasKey", [M, S], null, a => Map(a[0]).Entries.ContainsKey(Bytes(a[1])));
        yield return new("pluck", [S], M, a => GoList.OfAny(a[1..].Select(Map).Where(m => m.Entries.ContainsKey(Bytes(a[0]))).Select(m => m.Entries[Bytes(a[0])])));
        yield return new("keys", [], M, a => GoList.OfStrings(a.Select(Map).SelectMany(m => m.SortedKeys())));
        yield return new("values", [M], null, a => GoList.OfAny(Map(a[0]).SortedKeys().Select(k => Map(a[0]).Entries[k])));
        yield return new("pick", [M], S, a => Pick(Map(a[0]), a[1..].Cast<GoString>(), keep: true));
        yield return new("omit", [M], S, a => Pick(Map(a[0]), a[1..].Cast<GoString>(), keep: false));
        yield return new("merge", [M], M, a => Merge(Map(a[0]), a[1..], overwrite: false));
        yield return new("mustMerge", [M], M, a => Merge(Map(a[0]), a[1..], overwrite: false));
        yield return new("mergeOverwrite", [M], M, a => Merge(Map(a[0]), a[1..], overwrite: true));
        yield return new("mustMergeOverwrite", [M], M, a => Merge(Map(a[0]), a[1..], overwrite: true));
        yield return new("dig", [], A, Dig);
    }

    /// <summary>A nil map argument reads as empty (Go: reads of a nil map are fine).</summary>
    private static GoMap Map(object? value) => value as GoMap ?? GoMap.OfAny();

    private static GoMap Dict(object?[] args)
    {
        var map = GoMap.OfAny();
        for (var i = 0; i < args.Length; i += 2)
        {
            map.Entries[StrVal(args[i])] = i + 1 < args.Length ? args[i + 1] : GoString.Empty;
        }

        return map;
    }

    private static GoMap Set(GoMap map, GoString key, object? value)
    {
        map.Entries[key] = value;
        return map;
    }

    private static GoMap Unset(GoMap map, GoString key)
    {
        map.Entries.Remove(key);
        return map;
    }

    private static GoMap Pick(GoMap map, IEnumerable<GoString> keys, bool keep)
    {
        var set = keys.ToHashSet();
        var result = GoMap.OfAny();
        foreach (var (key, value) in map.Entries)
        {
            if (set.Contains(key) == keep)
            {
                result.Entries[key] = value;
            }
        }

        return result;
    }

    /// <summary>mergo.Merge: fills keys missing from dst (deeply for nested maps); with overwrite, sources win.</summary>
    private static GoMap Merge(GoMap destination, object?[] sources, bool overwrite)
    {
        foreach (var source in sources.Select(Map))
        {
            MergeInto(destination, source, overwrite);
        }

        return destination;
    }

    private static void MergeInto(GoMap destination, GoMap source, bool overwrite, int depth = 0)
    {
        if (depth > Formatting.GoFormatter.MaxDepth)
        {
            throw new TemplateFunctionException(Formatting.GoFormatter.NestingMessage);
        }

        foreach (var (key, value) in source.Entries.ToList())
        {
            if (destination.Entries.TryGetValue(key, out var existing))
            {
                if (existing is GoMap existingMap && value is GoMap valueMap)
                {
                    MergeInto(existingMap, valueMap, overwrite, depth + 1);
                }
                else if (overwrite ? !IsEmpty(value) : IsEmpty(existing))
                {
                    destination.Entries[key] = value;
                }
            }
            else
            {
                destination.Entries[key] = value;
            }
        }
    }

    private static object? Dig(object?[] args)
    {
        if (args.Length < 3)
        {
            throw new TemplateFunctionException("dig needs at least three arguments");
        }

        if (args[^1] is not GoMap map)
        {
            throw new TemplateFunctionException(
                $"interface conversion: interface {{}} is {GoValues.TypeName(args[^1])}, not map[string]interface {{}}");
        }

        var fallback = args[^2];
        var keys = args[..^2];
        object? current = map;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] is not GoString key)
            {
                throw new TemplateFunctionException(
                    $"interface conversion: interface {{}} is {GoValues.TypeName(keys[i])}, not string");
            }

            if (current is not GoMap step)
            {
                throw new TemplateFunctionException(
                    $"interface conversion: interface {{}} is {GoValues.TypeName(current)}, not map[string]interface {{}}");
            }

            if (!step.TryGet(key, out current))
            {
                return fallback;
            }
        }

        return current;
    }
}
