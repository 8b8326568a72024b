namespace Ferry.Api.WellKnown;

/// <summary>The event source (reporting controller) names, per controller, as ESO sets them.</summary>
public static class RecorderNames
{
    public const string ExternalSecret = "external-secrets";

    public const string SecretStore = "secret-store";

    public const string ClusterSecretStore = "cluster-secret-store";

    public const string PushSecret = "pushsecret";

    public const string ClusterPushSecret = "external-secrets-controller";
}
