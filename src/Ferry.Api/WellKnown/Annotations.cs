namespace Ferry.Api.WellKnown;

/// <summary>Annotations ESO reads and writes.</summary>
public static class Annotations
{
    /// <summary>On managed Secrets: the hash of the data written, to detect drift.</summary>
    public const string DataHash = "reconcile.external-secrets.io/data-hash";

    /// <summary>Changing it forces a refresh; a ClusterExternalSecret copies it to its ExternalSecrets.</summary>
    public const string ForceSync = "external-secrets.io/force-sync";

    /// <summary>On a store: its presence silences the unmaintained/deprecated provider warnings.</summary>
    public const string IgnoreMaintenanceChecks = "external-secrets.io/ignore-maintenance-checks";
}
