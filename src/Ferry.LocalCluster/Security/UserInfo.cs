namespace Ferry.LocalCluster.Security;

/// <summary>An authenticated caller, as Kubernetes describes one.</summary>
public sealed record UserInfo(string Name, string Uid, IReadOnlyList<string> Groups);
