namespace Ferry.Validation;

/// <summary>
/// The kinds <c>ferry validate</c> checks and the versions served for each (ESO 2.9: v1 for the core kinds,
/// v1alpha1 for PushSecret, ClusterPushSecret and generators; v1beta1 is defined but not served).
/// </summary>
internal sealed class KindCatalog(IReadOnlyList<ServedKind> kinds, IReadOnlySet<string> notImplemented)
{
    public const string Group = "external-secrets.io";
    public const string GeneratorsGroup = "generators.external-secrets.io";

    public static KindCatalog Ferry { get; } = new(
        [
            new(Group, "ExternalSecret", ["v1"], ClusterScoped: false),
            new(Group, "SecretStore", ["v1"], ClusterScoped: false),
            new(Group, "ClusterSecretStore", ["v1"], ClusterScoped: true),
            new(Group, "ClusterExternalSecret", ["v1"], ClusterScoped: true),
            new(Group, "PushSecret", ["v1alpha1"], ClusterScoped: false),
            new(Group, "ClusterPushSecret", ["v1alpha1"], ClusterScoped: true),
            new(GeneratorsGroup, "Password", ["v1alpha1"], ClusterScoped: false),
            new(GeneratorsGroup, "UUID", ["v1alpha1"], ClusterScoped: false),
            new(GeneratorsGroup, "Fake", ["v1alpha1"], ClusterScoped: false),
            new(GeneratorsGroup, "ClusterGenerator", ["v1alpha1"], ClusterScoped: true),
            new(GeneratorsGroup, "GeneratorState", ["v1alpha1"], ClusterScoped: false),
        ],
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
            return served.Serves(apiVersion) ? KindMatch.Served : KindMatch.UnservedVersion;
        }

        return notImplemented.Contains(kind) && group == GeneratorsGroup ? KindMatch.NotImplemented : KindMatch.UnknownKind;
    }
}
