using System.Text;
using Ferry.Templating.Values;
using static Ferry.Templating.Functions.Sprig.SprigValues;

namespace Ferry.Templating.Functions.Sprig;

/// <summary>sprig's urlParse and urlJoin over Go's net/url field names.</summary>
internal static class UrlFunctions
{
    public static IEnumerable<GoFunction> All()
    {
        yield return new("urlParse", [GoType.String], null, a => Parse(Text(a[0])));
        yield return new("urlJoin", [GoType.MapOfAny], null, a => Str(Join(a[0] as GoMap ?? GoMap.OfAny())));
    }

    private static GoMap Parse(string text)
    {
        var map = GoMap.OfAny();
        var rest = text;
        var fragment = "";
        var hash = rest.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            fragment = Uri.UnescapeDataString(rest[(hash + 1)..]);
            rest = rest[..hash];
        }

        var query = "";
        var question = rest.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            query = rest[(question + 1)..];
            rest = rest[..question];
        }

        var scheme = "";
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && char.IsLetter(rest[0]) && rest[..colon].All(c => char.IsLetterOrDigit(c) || c is '+' or '-' or '.'))
        {
            scheme = rest[..colon].ToLowerInvariant();
            rest = rest[(colon + 1)..];
        }

        var userinfo = "";
        var host = "";
        var opaque = "";
        if (rest.StartsWith("//", StringComparison.Ordinal))
        {
            var authorityEnd = rest.IndexOf('/', 2);
            var authority = authorityEnd < 0 ? rest[2..] : rest[2..authorityEnd];
            rest = authorityEnd < 0 ? "" : rest[authorityEnd..];
            var at = authority.LastIndexOf('@');
            if (at >= 0)
            {
                userinfo = authority[..at];
                authority = authority[(at + 1)..];
            }

            host = authority;
        }
        else if (scheme.Length > 0 && !rest.StartsWith('/'))
        {
            opaque = rest;
            rest = "";
        }

        var hostname = host;
        if (hostname.StartsWith('['))
        {
            var close = hostname.IndexOf(']', StringComparison.Ordinal);
            hostname = close > 0 ? hostname[1..close] : hostname;
        }
        else if (hostname.LastIndexOf(':') is var port and >= 0)
        {
            hostname = hostname[..port];
        }

        map["scheme"] = Str(scheme);
        map["host"] = Str(host);
        map["hostname"] = Str(hostname);
        map["path"] = Str(Uri.UnescapeDataString(rest));
        map["query"] = Str(query);
        map["opaque"] = Str(opaque);
        map["fragment"] = Str(fragment);
        map["userinfo"] = Str(userinfo);
        return map;
    }

    private static string Join(GoMap parts)
    {
        string Part(string name) => parts.TryGet(Str(name), out var value) && value is not null ? StrVal(value).ToUtf8String() : "";

        var builder = new StringBuilder();
        if (Part("scheme") is { Length: > 0 } scheme)
        {
            builder.Append(scheme).Append(':');
        }

        if (Part("opaque") is { Length: > 0 } opaque)
        {
            builder.Append(opaque);
        }
        else
        {
            if (Part("host") is { Length: > 0 } host || Part("userinfo").Length > 0)
            {
                builder.Append("//");
                if (Part("userinfo") is { Length: > 0 } userinfo)
                {
                    builder.Append(userinfo).Append('@');
                }

                builder.Append(Part("host"));
            }

            var path = Part("path");
            if (path.Length > 0 && path[0] != '/' && Part("host").Length > 0)
            {
                builder.Append('/');
            }

            builder.Append(path);
        }

        if (Part("query") is { Length: > 0 } query)
        {
            builder.Append('?').Append(query);
        }

        if (Part("fragment") is { Length: > 0 } fragment)
        {
            builder.Append('#').Append(fragment);
        }

        return builder.ToString();
    }
}
