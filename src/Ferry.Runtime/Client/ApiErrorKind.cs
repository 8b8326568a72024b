namespace Ferry.Runtime.Client;

/// <summary>What went wrong with a call to the API server, in the terms a controller acts on.</summary>
public enum ApiErrorKind
{
    /// <summary>Not an API error at all (a bug, a cancellation, a serialization fault).</summary>
    Unknown,
    NotFound,
    /// <summary>A stale resourceVersion or another optimistic-concurrency clash: re-read and retry.</summary>
    Conflict,
    AlreadyExists,
    /// <summary>The resourceVersion is older than the server's history (410, or a watch "Expired"): relist.</summary>
    Gone,
    /// <summary>Denied (403) or not authenticated (401).</summary>
    Forbidden,
    /// <summary>The request itself is wrong (400, 422): retrying the same request cannot help.</summary>
    Invalid,
    TooManyRequests,
    /// <summary>A server or network fault that a later retry may not meet (5xx, timeouts, resets).</summary>
    Transient,
}
