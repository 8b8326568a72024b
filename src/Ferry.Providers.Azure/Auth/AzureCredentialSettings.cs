using Azure.Identity;

namespace Ferry.Providers.Azure.Auth;

/// <summary>What every credential of one store shares: the cloud's authority and the provider's transport.</summary>
internal sealed record AzureCredentialSettings(AzureCloud Cloud, AzureTransport Transport, AzureKeyVaultProviderOptions Options)
{
    public T Apply<T>(T options)
        where T : TokenCredentialOptions
    {
        Transport.Configure(options);
        options.AuthorityHost = Cloud.AuthorityHost;
        if (Cloud.IsCustom)
        {
            // A custom cloud's authority is not in Microsoft's instance-discovery list; MSAL must post straight to it.
            switch (options)
            {
                case ClientSecretCredentialOptions o:
                    o.DisableInstanceDiscovery = true;
                    break;
                case ClientCertificateCredentialOptions o:
                    o.DisableInstanceDiscovery = true;
                    break;
                case ClientAssertionCredentialOptions o:
                    o.DisableInstanceDiscovery = true;
                    break;
                case WorkloadIdentityCredentialOptions o:
                    o.DisableInstanceDiscovery = true;
                    break;
            }
        }

        return options;
    }
}
