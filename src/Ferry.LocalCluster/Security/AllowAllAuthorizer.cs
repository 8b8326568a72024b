namespace Ferry.LocalCluster.Security;

/// <summary>Every authenticated user may do everything (the local cluster has no RBAC yet).</summary>
internal sealed class AllowAllAuthorizer : IAuthorizer
{
    public bool Authorize(UserInfo user, string verb, string group, string resource, string? ns, string? name) => true;
}
