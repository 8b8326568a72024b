namespace Ferry.Api.WellKnown;

/// <summary>The exact messages of an ExternalSecret's Normal events.</summary>
public static class EventMessages
{
    public const string SecretCreated = "secret created";

    public const string SecretUpdated = "secret updated";

    public const string SecretDeleted = "secret deleted due to DeletionPolicy=Delete";

    public const string OrphanDeleted = "secret deleted because it was orphaned";
}
