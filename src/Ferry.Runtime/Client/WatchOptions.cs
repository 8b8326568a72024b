namespace Ferry.Runtime.Client;

/// <summary>Where a watch starts and what it sees.</summary>
public sealed record WatchOptions
{
    public string? LabelSelector { get; init; }

    public string? FieldSelector { get; init; }

    /// <summary>Start after this version (normally the version of the preceding list).</summary>
    public string? ResourceVersion { get; init; }

    public bool AllowBookmarks { get; init; } = true;

    /// <summary>Ask the server to end the watch after this long, so a silently stalled stream cannot last forever.</summary>
    public TimeSpan? Timeout { get; init; }
}
