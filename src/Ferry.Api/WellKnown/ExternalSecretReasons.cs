namespace Ferry.Api.WellKnown;

/// <summary>Reasons of an ExternalSecret's Ready condition.</summary>
public static class ExternalSecretReasons
{
    public const string SecretSynced = "SecretSynced";

    public const string SecretSyncedError = "SecretSyncedError";

    public const string SecretDeleted = "SecretDeleted";

    public const string SecretMissing = "SecretMissing";

    /// <summary>The generic-target (target.manifest) counterparts of the four above.</summary>
    public const string ResourceSynced = "ResourceSynced";

    public const string ResourceSyncedError = "ResourceSyncedError";

    public const string ResourceDeleted = "ResourceDeleted";

    public const string ResourceMissing = "ResourceMissing";
}
