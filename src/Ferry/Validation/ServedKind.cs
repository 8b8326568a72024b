using Ferry.Api;
using Ferry.Api.Schema;

namespace Ferry.Validation;

/// <summary>A kind Ferry serves, with every version it is served at (one <see cref="ApiKind"/> per version).</summary>
internal sealed record ServedKind(string Group, string Kind, IReadOnlyList<ApiKind> Versions)
{
    public bool ClusterScoped => Versions[0].Scope == ResourceScope.Cluster;

    public IEnumerable<string> ApiVersions => Versions.Select(version => version.ApiVersion);

    public ApiKind? At(string apiVersion) => Versions.FirstOrDefault(version => version.ApiVersion == apiVersion);
}
