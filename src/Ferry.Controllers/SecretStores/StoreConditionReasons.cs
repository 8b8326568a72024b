namespace Ferry.Controllers.SecretStores;

/// <summary>ESO's SecretStore condition reasons and messages (apis/externalsecrets/v1/secretstore_types.go, common.go).</summary>
internal static class StoreConditionReasons
{
    public const string Valid = "Valid";
    public const string ValidationUnknown = "ValidationUnknown";
    public const string InvalidProviderConfig = "InvalidProviderConfig";

    public const string StoreValidated = "store validated";
    public const string UnknownValidation = "could not determine validation status";
    public const string UnableToCreateClient = "unable to create client";
    public const string UnableToValidate = "unable to validate store";
}
