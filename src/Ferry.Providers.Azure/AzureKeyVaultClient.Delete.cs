using Azure;
using Ferry.Api.V1Alpha1;
using Ferry.Providers.Azure.Values;

namespace Ferry.Providers.Azure;

internal sealed partial class AzureKeyVaultClient
{
    /// <summary>
    /// Deletes what a PushSecret wrote: nothing when it is already gone, an error when the object is not tagged
    /// managed-by=external-secrets. Key Vault keeps it soft-deleted; a later push recovers it.
    /// </summary>
    public async ValueTask DeleteSecretAsync(PushSecretRemoteRef remoteRef, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remoteRef);
        var target = AzureObjectRef.Parse(remoteRef.RemoteKey);
        switch (target.Type)
        {
            case AzureObjectRef.Secret:
                var secret = await TryReadAsync(() => secrets.GetSecretAsync(target.Name, null, cancellationToken), $"error getting secret {target.Name}");
                if (secret is not null)
                {
                    EnsureManaged(AzureManagedBy.IsManaged(secret.Properties.Tags), "secret", target.Name);
                    await WriteAsync(() => secrets.StartDeleteSecretAsync(target.Name, cancellationToken), $"error deleting secret {target.Name}");
                }

                break;
            case AzureObjectRef.Certificate:
                var certificate = await TryReadAsync(() => certificates.GetCertificateAsync(target.Name, cancellationToken), $"error getting certificate {target.Name}");
                if (certificate is not null)
                {
                    EnsureManaged(AzureManagedBy.IsManaged(certificate.Properties.Tags), "certificate", target.Name);
                    await WriteAsync(() => certificates.StartDeleteCertificateAsync(target.Name, cancellationToken), $"error deleting certificate {target.Name}");
                }

                break;
            case AzureObjectRef.Key:
                await DeleteKeyAsync(target.Name, cancellationToken);
                break;
            default:
                throw new ProviderException($"secret type '{target.Type}' is not supported");
        }
    }

    private async Task DeleteKeyAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            var key = await keys.GetKeyAsync(name, null, cancellationToken);
            EnsureManaged(AzureManagedBy.IsManaged(Tags(key)), "key", name);
            await keys.DeleteKeyAsync(name, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
        }
        catch (Exception ex) when (AzureErrors.IsAzureFailure(ex))
        {
            throw AzureErrors.Map(ex, $"error deleting key {name}");
        }
    }

    private static void EnsureManaged(bool managed, string kind, string name)
    {
        if (!managed)
        {
            throw new ProviderException($"error getting {kind} {name}: {NotManaged}");
        }
    }
}
