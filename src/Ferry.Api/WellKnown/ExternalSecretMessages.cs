namespace Ferry.Api.WellKnown;

/// <summary>
/// The exact Ready messages of an ExternalSecret. The detailed error goes into a Warning event, never into the
/// condition, so these texts carry no provider output.
/// </summary>
public static class ExternalSecretMessages
{
    public const string Synced = "secret synced";

    public const string SyncedRetained = "secret retained due to DeletionPolicy=Retain";

    public const string Deleted = "secret deleted due to DeletionPolicy=Delete";

    public const string MissingMergeTarget = "secret will not be created due to CreationPolicy=Merge";

    public const string ProviderError = "could not get secret data from provider";

    public const string UpdateFailed = "could not update secret";

    public const string UpdateFailedImmutable = "could not update secret, target is immutable";

    public const string OwnershipFailed = "failed to take ownership of target secret";

    public const string OwnedByAnother = "target is owned by another ExternalSecret";

    public const string DeleteFailed = "could not delete secret";

    public const string DeleteOrphansFailed = "could not delete orphaned secrets";
}
