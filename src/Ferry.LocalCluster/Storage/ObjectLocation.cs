namespace Ferry.LocalCluster.Storage;

/// <summary>Where an object lives: its group/resource table, namespace (empty when cluster-scoped) and name.</summary>
internal readonly record struct ObjectLocation(string GroupResource, string Namespace, string Name);
