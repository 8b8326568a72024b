using System.Net;

namespace Ferry.Testing.Backends.Gcp;

/// <summary>A failure the fake answers Secret Manager requests with; Hang holds the request until the client gives up.</summary>
public sealed record GcpFakeFault(HttpStatusCode Status, TimeSpan? RetryAfter = null, bool Hang = false)
{
    /// <summary>Only requests with this HTTP method fail (null: any); requests of other methods pass untouched.</summary>
    public string? Method { get; init; }

    public static GcpFakeFault Throttled(TimeSpan? retryAfter = null) => new(HttpStatusCode.TooManyRequests, retryAfter);

    public static GcpFakeFault Unavailable { get; } = new(HttpStatusCode.ServiceUnavailable);

    public static GcpFakeFault Hanging { get; } = new(HttpStatusCode.GatewayTimeout, Hang: true);
}
