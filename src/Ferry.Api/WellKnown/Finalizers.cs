namespace Ferry.Api.WellKnown;

/// <summary>Finalizer names; objects ESO left behind must be released by Ferry under the same names.</summary>
public static class Finalizers
{
    public const string ExternalSecret = "externalsecrets.external-secrets.io/externalsecret-cleanup";

    public const string ClusterExternalSecret = "externalsecrets.external-secrets.io/clusterexternalsecret-cleanup";

    /// <summary>Only when deletionPolicy=Delete.</summary>
    public const string PushSecret = "pushsecret.externalsecrets.io/finalizer";

    /// <summary>While PushSecrets with deletionPolicy=Delete reference the store.</summary>
    public const string SecretStore = "secretstore.externalsecrets.io/finalizer";

    public const string GeneratorState = "generatorstate.externalsecrets.io/finalizer";

    /// <summary>The prefix of the finalizer a ClusterExternalSecret puts on each Namespace it provisions.</summary>
    public const string ClusterExternalSecretNamespacePrefix = "externalsecrets.external-secrets.io/ces-";

    /// <summary>The finalizer a ClusterExternalSecret puts on each Namespace it provisions.</summary>
    public static string ClusterExternalSecretNamespace(string clusterExternalSecretName) =>
        ClusterExternalSecretNamespacePrefix + clusterExternalSecretName;
}
