using System.Globalization;

namespace Ferry.Controllers.Operator;

/// <summary>Turns ESO's bind addresses (<c>:8080</c>, <c>host:8080</c>, <c>0</c>) into HttpListener prefixes.</summary>
public static class DiagnosticsAddress
{
    /// <summary>The listener prefix, or null when the address turns the endpoint off.</summary>
    /// <exception cref="FormatException">Not <c>[host]:port</c> or <c>0</c>.</exception>
    public static string? ToPrefix(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address is "0" or "")
        {
            return null;
        }

        var colon = address.LastIndexOf(':');
        if (colon < 0 || !int.TryParse(address.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            throw new FormatException($"\"{address}\" is not a bind address such as :8080 or 127.0.0.1:8080.");
        }

        var host = address[..colon];
        host = host is "" or "0.0.0.0" or "[::]" ? "+" : host;
        return string.Create(CultureInfo.InvariantCulture, $"http://{host}:{port}/");
    }
}
