using Ferry.Api;

namespace Ferry.Validation;

/// <summary>
/// The kinds <c>ferry validate</c> checks and the versions served for each, from <see cref="ApiKinds.All"/> (as in
/// ESO 2.9: v1 for the core kinds, v1alpha1 for PushSecret, ClusterPushSecret and generators; v1beta1 is defined
/// but not served). ESO generator kinds Ferry does not implement are known by name so they are skipped, not
/// reported as typos.
/// </summary>
internal sealed class KindCatalog(IReadOnlyList<ServedKind> kinds, IReadOnlySet<string> notImplemented)
{
    public const string Group = "external-secrets.io";
    public const string GeneratorsGroup = "generators.external-secrets.io";

    public static KindCatalog Ferry { get; } = new(
        [.. ApiKinds.All.GroupBy(kind => (kind.Group, kind.Kind)).Select(versions => new ServedKind(versions.Key.Group, versions.Key.Kind, [.. versions]))],
        new HashSet<string>(
            [
                "ACRAccessToken", "BeyondtrustWorkloadCredentialsDynamicSecret", "CloudsmithAccessToken",
                "ECRAuthorizationToken", "GCRAccessToken", "GithubAccessToken", "GitlabDeployToken", "Grafana", "MFA",
                "QuayAccessToken", "SSHKey", "STSSessionToken", "VaultDynamicSecret", "Webhook",
            ],
            StringComparer.Ordinal));

    public IReadOnlyList<ServedKind> Kinds { get; } = kinds;

    /// <summary>Classifies a document; <paramref name="served"/> is the Ferry kind of that name, if any.</summary>
    public KindMatch Match(string apiVersion, string kind, out ServedKind? served)
    {
        var group = apiVersion.Contains('/', StringComparison.Ordinal) ? apiVersion[..apiVersion.IndexOf('/', StringComparison.Ordinal)] : string.Empty;
        served = Kinds.FirstOrDefault(k => k.Kind == kind);
        if (group is not (Group or GeneratorsGroup))
        {
            return KindMatch.Foreign;
        }

        if (served is not null)
        {
            return served.At(apiVersion) is null ? KindMatch.UnservedVersion : KindMatch.Served;
        }

        return notImplemented.Contains(kind) && group == GeneratorsGroup ? KindMatch.NotImplemented : KindMatch.UnknownKind;
    }
}
