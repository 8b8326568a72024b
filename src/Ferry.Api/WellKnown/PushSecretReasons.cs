namespace Ferry.Api.WellKnown;

/// <summary>Reasons of a PushSecret's Ready condition (also its event reasons).</summary>
public static class PushSecretReasons
{
    public const string Synced = "Synced";

    public const string Errored = "Errored";

    public const string SourceDeleted = "SourceDeleted";
}
