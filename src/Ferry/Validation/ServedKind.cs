namespace Ferry.Validation;

/// <summary>A kind Ferry serves: its group, the versions served, and whether it lives outside namespaces.</summary>
internal sealed record ServedKind(string Group, string Kind, IReadOnlyList<string> Versions, bool ClusterScoped)
{
    public IEnumerable<string> ApiVersions => Versions.Select(version => $"{Group}/{version}");

    public bool Serves(string apiVersion) => ApiVersions.Contains(apiVersion, StringComparer.Ordinal);
}
