using Ferry.Api.V1.Providers.AzureKeyVault;

namespace Ferry.Providers.Azure;

/// <summary>
/// The Entra ID authority of the store's environmentType (ESO's cloud configuration). AzureStackCloud takes its
/// authority from customCloudConfig.activeDirectoryEndpoint; its vault hostnames are the cloud's own, so the SDK's
/// check that a challenge's resource matches the vault's domain is switched off there.
/// </summary>
internal sealed record AzureCloud(Uri AuthorityHost, bool IsCustom)
{
    public const string GermanCloudMessage =
        "Azure Germany (Microsoft Cloud Deutschland) was discontinued on October 29, 2021. Please use AzureStackCloud with custom configuration or migrate to public cloud regions";

    public const string CustomCloudRequiredMessage = "CustomCloudConfig is required when EnvironmentType is AzureStackCloud";

    /// <exception cref="ProviderException">GermanCloud, or AzureStackCloud without customCloudConfig.</exception>
    public static AzureCloud For(AzureKeyVaultProvider spec)
    {
        if (spec.CustomCloudConfig is { } custom)
        {
            return spec.EnvironmentType == AzureEnvironmentType.GermanCloud
                ? throw new ProviderException(GermanCloudMessage)
                : new AzureCloud(WithSlash(custom.ActiveDirectoryEndpoint), IsCustom: true);
        }

        return spec.EnvironmentType switch
        {
            AzureEnvironmentType.USGovernmentCloud => new AzureCloud(new Uri("https://login.microsoftonline.us/"), false),
            AzureEnvironmentType.ChinaCloud => new AzureCloud(new Uri("https://login.chinacloudapi.cn/"), false),
            AzureEnvironmentType.GermanCloud => throw new ProviderException(GermanCloudMessage),
            AzureEnvironmentType.AzureStackCloud => throw new ProviderException(CustomCloudRequiredMessage),
            _ => new AzureCloud(new Uri("https://login.microsoftonline.com/"), false),
        };
    }

    private static Uri WithSlash(string endpoint) =>
        Uri.TryCreate(endpoint.EndsWith('/') ? endpoint : endpoint + "/", UriKind.Absolute, out var uri)
            ? uri
            : throw new ProviderException("customCloudConfig.activeDirectoryEndpoint is not an absolute URL");
}
