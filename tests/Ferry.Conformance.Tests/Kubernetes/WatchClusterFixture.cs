using Ferry.LocalCluster;

namespace Ferry.Conformance.Tests.Kubernetes;

/// <summary>A cluster with a short watch history and frequent bookmarks, so 410 and BOOKMARK are quick to reach.</summary>
public sealed class WatchClusterFixture : LocalClusterFixture
{
    public const int HistorySize = 30;

    protected override LocalClusterOptions Options => new() { WatchHistorySize = HistorySize, BookmarkInterval = TimeSpan.FromMilliseconds(200) };
}
