namespace Ferry.LocalCluster;

/// <summary>Anchors this assembly for reflection (dependency-rule tests).</summary>
public static class AssemblyMarker;
