namespace Ferry.Tests.Crds;

/// <summary>One way Ferry's CRD of a kind differs from ESO's, at a path such as <c>spec.data[].remoteRef.key</c>.</summary>
internal sealed record CrdDifference(string Kind, string Path, string What)
{
    public override string ToString() => $"{Kind} {(Path.Length == 0 ? "(root)" : Path)}: {What}";
}
