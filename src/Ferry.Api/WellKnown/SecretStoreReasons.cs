namespace Ferry.Api.WellKnown;

/// <summary>Reasons of a SecretStore's or ClusterSecretStore's Ready condition and events.</summary>
public static class SecretStoreReasons
{
    public const string Valid = "Valid";

    /// <summary>Ready=True: the provider could not tell (referent auth on a ClusterSecretStore, for example).</summary>
    public const string ValidationUnknown = "ValidationUnknown";

    public const string InvalidProviderConfig = "InvalidProviderConfig";

    /// <summary>Defined by ESO but not used by its controllers.</summary>
    public const string InvalidStoreConfiguration = "InvalidStoreConfiguration";

    /// <summary>Defined by ESO but not used by its controllers.</summary>
    public const string ValidationFailed = "ValidationFailed";

    /// <summary>Event only.</summary>
    public const string StoreUnmaintained = "StoreUnmaintained";

    /// <summary>Event only.</summary>
    public const string StoreDeprecated = "StoreDeprecated";
}
