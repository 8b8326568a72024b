namespace Ferry.Providers.Azure.Auth;

/// <summary>ESO's error texts for Azure authentication (providers/v1/azure/keyvault), kept so statuses read the same.</summary>
internal static class AzureAuthMessages
{
    public const string MissingTenant = "missing tenantID in store config";
    public const string MissingSecretRef = "missing secretRef in provider config";
    public const string MissingClientIdSecret = "missing accessKeyID/secretAccessKey in store config";
    public const string InvalidClientCredentials = "both clientSecret and clientCredentials set";
    public const string MultipleClientId = "multiple clientID found. Check secretRef and serviceAccountRef";
    public const string MultipleTenantId = "multiple tenantID found. Check secretRef, 'spec.provider.azurekv.tenantId', and serviceAccountRef";
    public const string MissingWorkloadEnvVars = "missing environment variables. AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_FEDERATED_TOKEN_FILE must be set";
    public const string MissingAuthType = "cannot initialize Azure Client: no valid authType was specified";
    public const string NoServiceAccounts = "workload identity with serviceAccountRef needs ServiceAccount token minting, which this host does not offer";

    public static string MissingClient(string annotation) =>
        $"missing clientID: either serviceAccountRef or service account annotation '{annotation}' is missing";
}
