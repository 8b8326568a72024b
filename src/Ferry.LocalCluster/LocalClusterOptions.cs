namespace Ferry.LocalCluster;

/// <summary>How to start a local cluster.</summary>
public sealed class LocalClusterOptions
{
    /// <summary>The port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>Where to write the kubeconfig; null writes one into a fresh temporary folder.</summary>
    public string? KubeconfigPath { get; init; }

    /// <summary>The admin bearer token; null generates a random one.</summary>
    public string? Token { get; init; }

    /// <summary>Serve plain HTTP instead of HTTPS (explicit opt-in; real API servers never do).</summary>
    public bool PlainHttp { get; init; }

    /// <summary>How many changes the watch history keeps; older resourceVersions get 410 Gone.</summary>
    public int WatchHistorySize { get; init; } = 10_000;

    /// <summary>How often a watch that allows bookmarks receives one.</summary>
    public TimeSpan BookmarkInterval { get; init; } = TimeSpan.FromSeconds(60);

    public TimeProvider Time { get; init; } = TimeProvider.System;
}
