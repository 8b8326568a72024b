namespace Ferry.Templating;

/// <summary>Anchors this assembly for reflection (dependency-rule tests).</summary>
public static class AssemblyMarker;
