namespace Ferry.Testing.Backends.Aws;

public enum AwsFakeFaultKind
{
    /// <summary>HTTP 400 ThrottlingException "Rate exceeded", as the services throttle.</summary>
    Throttling,

    /// <summary>HTTP 429 with a Retry-After header (what a proxy or gateway in front of AWS may answer).</summary>
    TooManyRequests,

    /// <summary>HTTP 500 with the service's internal error code.</summary>
    ServerError,

    /// <summary>The request is held until the client gives up (a timeout).</summary>
    Hang,
}
