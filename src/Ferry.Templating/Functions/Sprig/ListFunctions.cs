using Ferry.Templating.Values;
using static Ferry.Templating.Functions.Sprig.SprigValues;

namespace Ferry.Templating.Functions.Sprig;

/// <summary>sprig's list.go. Non-must functions panic on a non-list (Go reports the panic text); must ones return it.</summary>
internal static class ListFunctions
{
    private static readonly GoType A = GoType.Any;
    private static readonly GoType I = GoType.Int;

    public static IEnumerable<GoFunction> All()
    {
        yield return new("list", [], A, a => GoList.OfAny(a));
        yield return new("tuple", [], A, a => GoList.OfAny(a));
        foreach (var name in new[] { "append", "push", "mustAppend", "mustPush" })
        {
            yield return new(name, [A, A], null, a => GoList.OfAny([.. Items(a[0], "push"), a[1]]));
        }

        foreach (var name in new[] { "prepend", "mustPrepend" })
        {
            yield return new(name, [A, A], null, a => GoList.OfAny([a[1], .. Items(a[0], "prepend")]));
        }

        foreach (var prefix in new[] { "", "must" })
        {
            yield return new(Name(prefix, "first"), [A], null, a => Items(a[0], "find first") is { Count: > 0 } l ? l[0] : null);
            yield return new(Name(prefix, "last"), [A], null, a => Items(a[0], "find last") is { Count: > 0 } l ? l[^1] : null);
            yield return new(Name(prefix, "rest"), [A], null, a => Items(a[0], "find rest") is { Count: > 0 } l ? GoList.OfAny(l.Skip(1)) : null);
            yield return new(Name(prefix, "initial"), [A], null, a => Items(a[0], "find initial") is { Count: > 0 } l ? GoList.OfAny(l.Take(l.Count - 1)) : null);
            yield return new(Name(prefix, "reverse"), [A], null, a => GoList.OfAny(Enumerable.Reverse(Items(a[0], "find reverse"))));
            yield return new(Name(prefix, "uniq"), [A], null, a => Uniq(Items(a[0], "find uniq")));
            yield return new(Name(prefix, "compact"), [A], null, a => GoList.OfAny(Items(a[0], "compact").Where(v => !IsEmpty(v))));
            yield return new(Name(prefix, "without"), [A], A, a => GoList.OfAny(Items(a[0], "find without").Where(v => !a[1..].Any(o => DeepEqual(o, v)))));
            yield return new(Name(prefix, "has"), [A, A], null, a => a[1] is null ? false : Items(a[1], "find has").Any(v => DeepEqual(v, a[0])));
            yield return new(Name(prefix, "slice"), [A], A, a => Slice(a[0], a[1..]));
            yield return new(Name(prefix, "chunk"), [I, A], null, a => Chunk((long)a[0]!, Items(a[1], "chunk")));
        }

        yield return new("concat", [], A, a => GoList.OfAny(a.SelectMany(l => Items(l, "concat"))));
        yield return new("until", [I], null, a => Range(0, (long)a[0]!, (long)a[0]! < 0 ? -1 : 1));
        yield return new("untilStep", [I, I, I], null, a => Range((long)a[0]!, (long)a[1]!, (long)a[2]!));
        yield return new("seq", [], I, a => Seq([.. a.Select(v => (long)v!)]));
    }

    private static string Name(string prefix, string name) =>
        prefix.Length == 0 ? name : prefix + char.ToUpperInvariant(name[0]) + name[1..];

    private static List<object?> Items(object? value, string verb)
    {
        if (value is GoList list)
        {
            return list.Items;
        }

        throw new TemplateFunctionException($"Cannot {verb} on type {KindName(value)}");
    }

    private static GoList Uniq(List<object?> items)
    {
        var result = new List<object?>();
        foreach (var item in items)
        {
            if (!result.Any(r => DeepEqual(r, item)))
            {
                result.Add(item);
            }
        }

        return GoList.OfAny(result);
    }

    private static GoList Slice(object? value, object?[] indexes)
    {
        if (value is not GoList)
        {
            throw new TemplateFunctionException($"list should be type of slice or array but {KindName(value)}");
        }

        var items = Items(value, "slice");
        var start = indexes.Length > 0 ? (int)ToInt64(indexes[0]) : 0;
        var end = indexes.Length > 1 ? (int)ToInt64(indexes[1]) : items.Count;
        if (start < 0 || end > items.Count || start > end)
        {
            throw new TemplateFunctionException($"runtime error: slice bounds out of range [{start}:{end}]");
        }

        var type = value is GoList list ? list.Type : GoType.ListOfAny;
        return new GoList(type, items.GetRange(start, end - start));
    }

    private static GoList Chunk(long size, List<object?> items)
    {
        if (size <= 0)
        {
            throw new TemplateFunctionException("runtime error: integer divide by zero");
        }

        var chunks = new List<object?>();
        for (var i = 0; i < items.Count; i += (int)size)
        {
            chunks.Add(GoList.OfAny(items.Skip(i).Take((int)size)));
        }

        return new GoList(GoType.SliceOf(GoType.ListOfAny), chunks);
    }

    private static GoList Range(long start, long stop, long step)
    {
        var items = new List<object?>();
        if (step == 0 || (step > 0 && start >= stop) || (step < 0 && start <= stop))
        {
            return new GoList(GoType.SliceOf(GoType.Int), items);
        }

        if (Math.Abs((stop - start) / step) > 10_000_000)
        {
            throw new TemplateFunctionException("range too large");
        }

        for (var i = start; step > 0 ? i < stop : i > stop; i += step)
        {
            items.Add(i);
        }

        return new GoList(GoType.SliceOf(GoType.Int), items);
    }

    /// <summary>sprig's seq: like the Unix command, numbers joined by spaces.</summary>
    private static GoString Seq(long[] parameters)
    {
        long start = 1, end, step = 1;
        switch (parameters.Length)
        {
            case 0:
                return GoString.Empty;
            case 1:
                end = parameters[0];
                if (end < start)
                {
                    step = -1;
                }

                break;
            case 2:
                start = parameters[0];
                end = parameters[1];
                if (end < start)
                {
                    step = -1;
                }

                break;
            case 3:
                start = parameters[0];
                step = parameters[1];
                end = parameters[2];
                if ((end < start && step > 0) || (end > start && step < 0) || step == 0)
                {
                    return GoString.Empty;
                }

                break;
            default:
                return GoString.Empty;
        }

        var values = new List<string>();
        for (var i = start; step > 0 ? i <= end : i >= end; i += step)
        {
            values.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (values.Count > 10_000_000)
            {
                throw new TemplateFunctionException("seq too large");
            }
        }

        return Str(string.Join(' ', values));
    }
}
