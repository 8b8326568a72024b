using Azure.Core;
using Azure.Identity;
using Ferry.Api.V1.Providers.AzureKeyVault;

namespace Ferry.Providers.Azure.Auth;

/// <summary>
/// authType ManagedIdentity: the identity of the node or pod (IMDS and the other managed-identity sources Azure.Identity
/// knows). identityId picks a user-assigned identity: a resource ID when it starts with '/', a client ID otherwise.
/// </summary>
internal static class ManagedIdentityCredentialFactory
{
    public static TokenCredential Create(AzureKeyVaultProvider spec, AzureCredentialSettings settings)
    {
        var id = spec.IdentityId switch
        {
            null or "" => ManagedIdentityId.SystemAssigned,
            var resource when resource.StartsWith('/') => ManagedIdentityId.FromUserAssignedResourceId(new ResourceIdentifier(resource)),
            var clientId => ManagedIdentityId.FromUserAssignedClientId(clientId),
        };
        return new ManagedIdentityCredential(settings.Apply(new ManagedIdentityCredentialOptions(id)));
    }
}
