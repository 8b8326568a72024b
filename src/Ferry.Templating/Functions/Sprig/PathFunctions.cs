using Ferry.Templating.Values;
using static Ferry.Templating.Functions.Sprig.SprigValues;

namespace Ferry.Templating.Functions.Sprig;

/// <summary>sprig's path functions: Go's path package (slash-separated); the os* variants behave the same on Linux.</summary>
internal static class PathFunctions
{
    private static readonly GoType S = GoType.String;

    public static IEnumerable<GoFunction> All()
    {
        foreach (var prefix in new[] { "", "os" })
        {
            yield return new(Name(prefix, "base"), [S], null, a => Str(Base(Text(a[0]))));
            yield return new(Name(prefix, "dir"), [S], null, a => Str(Dir(Text(a[0]))));
            yield return new(Name(prefix, "clean"), [S], null, a => Str(Clean(Text(a[0]))));
            yield return new(Name(prefix, "ext"), [S], null, a => Str(Ext(Text(a[0]))));
            yield return new(Name(prefix, "isAbs"), [S], null, a => Text(a[0]).StartsWith('/'));
        }
    }

    private static string Name(string prefix, string name) =>
        prefix.Length == 0 ? name : prefix + char.ToUpperInvariant(name[0]) + name[1..];

    public static string Base(string path)
    {
        if (path.Length == 0)
        {
            return ".";
        }

        path = path.TrimEnd('/');
        if (path.Length == 0)
        {
            return "/";
        }

        var slash = path.LastIndexOf('/');
        return slash >= 0 ? path[(slash + 1)..] : path;
    }

    public static string Dir(string path)
    {
        var slash = path.LastIndexOf('/');
        return Clean(path[..(slash + 1)]);
    }

    public static string Ext(string path)
    {
        for (var i = path.Length - 1; i >= 0 && path[i] != '/'; i--)
        {
            if (path[i] == '.')
            {
                return path[i..];
            }
        }

        return "";
    }

    /// <summary>Go's path.Clean: lexical simplification of ., .. and repeated slashes.</summary>
    public static string Clean(string path)
    {
        if (path.Length == 0)
        {
            return ".";
        }

        var rooted = path[0] == '/';
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count > 0 && parts[^1] != "..")
                {
                    parts.RemoveAt(parts.Count - 1);
                }
                else if (!rooted)
                {
                    parts.Add("..");
                }

                continue;
            }

            parts.Add(part);
        }

        var cleaned = string.Join('/', parts);
        if (rooted)
        {
            return "/" + cleaned;
        }

        return cleaned.Length == 0 ? "." : cleaned;
    }
}
