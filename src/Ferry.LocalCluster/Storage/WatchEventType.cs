namespace Ferry.LocalCluster.Storage;

internal enum WatchEventType
{
    Added,
    Modified,
    Deleted,
    Bookmark,
}
