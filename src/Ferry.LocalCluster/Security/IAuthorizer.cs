namespace Ferry.LocalCluster.Security;

/// <summary>Decides whether a user may perform a verb on a resource; the seam where RBAC goes.</summary>
internal interface IAuthorizer
{
    bool Authorize(UserInfo user, string verb, string group, string resource, string? ns, string? name);
}
