namespace Ferry.Api.WellKnown;

/// <summary>Condition types in the status of ESO's kinds.</summary>
public static class ConditionTypes
{
    public const string Ready = "Ready";

    /// <summary>ESO's internal marker used to clear an ExternalSecret's metrics; never written to the API.</summary>
    public const string Deleted = "Deleted";
}
