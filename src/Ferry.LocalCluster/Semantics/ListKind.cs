namespace Ferry.LocalCluster.Semantics;

internal enum ListKind
{
    Atomic,
    Set,
    Map,
}
