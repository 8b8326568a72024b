namespace Ferry.Api.WellKnown;

/// <summary>The exact Ready messages of a SecretStore or ClusterSecretStore.</summary>
public static class SecretStoreMessages
{
    public const string Validated = "store validated";

    public const string ValidationUnknown = "could not determine validation status";

    public const string ClientCreationFailed = "unable to create client";

    public const string ValidationFailed = "unable to validate store";
}
