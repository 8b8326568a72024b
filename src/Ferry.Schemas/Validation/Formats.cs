using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Ferry.Schemas.Validation;

/// <summary>
/// The string formats kube-openapi's default registry checks (strfmt). Formats it does not know are accepted without
/// a check, as the API server does; numeric formats (int32, float) are range checks on numbers, not string formats.
/// </summary>
internal static partial class Formats
{
    public static bool IsValid(string format, string value) => format switch
    {
        "date-time" or "datetime" => DateTimePattern().IsMatch(value) && ValidDate(value[..10]),
        "date" => DatePattern().IsMatch(value) && ValidDate(value),
        "byte" => IsBase64(value),
        "uuid" => UuidPattern().IsMatch(value),
        "uuid3" => Uuid3Pattern().IsMatch(value),
        "uuid4" => Uuid4Pattern().IsMatch(value),
        "uuid5" => Uuid5Pattern().IsMatch(value),
        "email" => EmailPattern().IsMatch(value),
        "hostname" => value.Length <= 255 && HostnamePattern().IsMatch(value),
        "ipv4" => IPAddress.TryParse(value, out var v4) && v4.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && Ipv4Pattern().IsMatch(value),
        "ipv6" => value.Contains(':', StringComparison.Ordinal) && IPAddress.TryParse(value, out var v6) && v6.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6,
        "cidr" => IsCidr(value),
        "mac" => MacPattern().IsMatch(value),
        // Go's url.ParseRequestURI: an absolute URI, or an absolute path.
        "uri" => value.StartsWith('/') || (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme.Length > 0),
        "hexcolor" => HexColorPattern().IsMatch(value),
        "rgbcolor" => RgbColorPattern().IsMatch(value),
        "bsonobjectid" => BsonPattern().IsMatch(value),
        "duration" => DurationPattern().IsMatch(value),
        "ssn" => SsnPattern().IsMatch(value),
        _ => true,
    };

    private static bool ValidDate(string date) =>
        DateTime.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static bool IsBase64(string value)
    {
        if (value.Length % 4 != 0)
        {
            return false;
        }

        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out _) && !value.Any(char.IsWhiteSpace);
    }

    private static bool IsCidr(string value)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || !IPAddress.TryParse(value[..slash], out var address)
            || !int.TryParse(value[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var bits))
        {
            return false;
        }

        return bits <= (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
    }

    // strfmt's IsDateTime: a date, "t" in any case, a time whose seconds, fraction and zone are optional.
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt](?:[01]\d|2[0-3]):[0-5]\d(?::(?:[0-5]\d|60))?(?:\.\d+)?(?:[zZ]|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimePattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}\z", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}\z", RegexOptions.CultureInvariant)]
    private static partial Regex UuidPattern();

    [GeneratedRegex(@"^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?3[0-9a-fA-F]{3}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Uuid3Pattern();

    [GeneratedRegex(@"^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?4[0-9a-fA-F]{3}-?[89aAbB][0-9a-fA-F]{3}-?[0-9a-fA-F]{12}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Uuid4Pattern();

    [GeneratedRegex(@"^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?5[0-9a-fA-F]{3}-?[89aAbB][0-9a-fA-F]{3}-?[0-9a-fA-F]{12}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Uuid5Pattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*\.?\z", RegexOptions.CultureInvariant)]
    private static partial Regex HostnamePattern();

    [GeneratedRegex(@"^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\z", RegexOptions.CultureInvariant)]
    private static partial Regex Ipv4Pattern();

    [GeneratedRegex(@"^([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}\z|^([0-9A-Fa-f]{4}\.){2}[0-9A-Fa-f]{4}\z", RegexOptions.CultureInvariant)]
    private static partial Regex MacPattern();

    [GeneratedRegex(@"^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})\z", RegexOptions.CultureInvariant)]
    private static partial Regex HexColorPattern();

    [GeneratedRegex(@"^rgb\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*\)\z", RegexOptions.CultureInvariant)]
    private static partial Regex RgbColorPattern();

    [GeneratedRegex(@"^[0-9a-fA-F]{24}\z", RegexOptions.CultureInvariant)]
    private static partial Regex BsonPattern();

    [GeneratedRegex(@"^([+-]?(\d+(\.\d*)?|\.\d+)\s*(ns|us|µs|ms|s|m|h|d|w)\s*)+\z|^0\z", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^\d{3}[- ]?\d{2}[- ]?\d{4}\z", RegexOptions.CultureInvariant)]
    private static partial Regex SsnPattern();
}
