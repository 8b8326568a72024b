namespace Ferry.Api.WellKnown;

/// <summary>The exact Ready messages of a PushSecret (on error the message is the error text).</summary>
public static class PushSecretMessages
{
    public const string Synced = "PushSecret synced successfully";

    /// <summary>Appended to <see cref="Synced"/> when updatePolicy=IfNotExists.</summary>
    public const string IfNotExistsSuffix = ". Existing secrets in providers unchanged.";

    public const string SourceDeleted = "source secret deleted; provider secrets cleaned up";
}
