using System.Text;
using System.Text.Json.Nodes;
using Azure;
using Azure.Security.KeyVault.Certificates;
using Azure.Security.KeyVault.Secrets;
using Ferry.Providers.Azure.Values;
using Ferry.Providers.Values;

namespace Ferry.Providers.Azure;

internal sealed partial class AzureKeyVaultClient
{
    private const string NotManaged = "not managed by external-secrets";

    /// <summary>
    /// PushSecret as ESO does it: the object is read first; one without managed-by=external-secrets is never
    /// overwritten; an unchanged one is not written again (a new version each time would be noise); a soft-deleted
    /// secret is recovered, then written.
    /// </summary>
    public async ValueTask PushSecretAsync(PushSecretRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var value = PushedValue(request);
        var metadata = AzurePushMetadata.Parse(request.Data.Metadata);
        var target = AzureObjectRef.Parse(request.RemoteKey);
        switch (target.Type)
        {
            case AzureObjectRef.Secret:
                await PushSecretValueAsync(target.Name, value, metadata, cancellationToken);
                break;
            case AzureObjectRef.Certificate:
                await PushCertificateAsync(target.Name, value, metadata, cancellationToken);
                break;
            case AzureObjectRef.Key:
                await PushKeyAsync(target.Name, value, metadata, cancellationToken);
                break;
            default:
                throw new ProviderException($"secret type {target.Type} not supported");
        }
    }

    // A named key pushes that key (missing reads as empty, as Go's map lookup); no key pushes the whole Secret as JSON.
    private static byte[] PushedValue(PushSecretRequest request)
    {
        if (!string.IsNullOrEmpty(request.SecretKey))
        {
            return request.SourceData.TryGetValue(request.SecretKey, out var one) ? one.ToArray() : [];
        }

        var all = request.SourceData.ToDictionary(e => e.Key, e => e.Value.Reveal(), StringComparer.Ordinal);
        return Encoding.UTF8.GetBytes(GoJson.MarshalStringMap(all, escapeHtml: false));
    }

    private async Task PushSecretValueAsync(string name, byte[] value, AzurePushMetadata metadata, CancellationToken cancellationToken)
    {
        var text = Encoding.UTF8.GetString(value);
        var existing = await TryReadAsync(() => secrets.GetSecretAsync(name, null, cancellationToken), $"cannot get secret {name}");
        if (existing is not null)
        {
            if (!AzureManagedBy.IsManaged(existing.Properties.Tags))
            {
                throw new ProviderException($"cannot get secret {name}: {NotManaged}");
            }

            if (Unchanged(existing, text, metadata))
            {
                return;
            }
        }

        var secret = new KeyVaultSecret(name, text);
        secret.Properties.ContentType = metadata.ContentType ?? existing?.Properties.ContentType;
        secret.Properties.Enabled = true;
        secret.Properties.ExpiresOn = metadata.Expires;
        foreach (var (tag, tagValue) in AzureManagedBy.Tags(metadata.Tags))
        {
            secret.Properties.Tags[tag] = tagValue;
        }

        try
        {
            await secrets.SetSecretAsync(secret, cancellationToken);
        }
        catch (RequestFailedException ex) when (AzureErrors.IsDeletedButRecoverable(ex))
        {
            await RecoverAsync(name, cancellationToken);
            await WriteAsync(() => secrets.SetSecretAsync(secret, cancellationToken), $"could not set secret {name}");
        }
        catch (Exception ex) when (AzureErrors.IsAzureFailure(ex))
        {
            throw AzureErrors.Map(ex, $"could not set secret {name}");
        }
    }

    // contentType null means "don't care": a secret is not rewritten only because it has one.
    private static bool Unchanged(KeyVaultSecret existing, string value, AzurePushMetadata metadata) =>
        existing.Value == value
        && existing.Properties.ExpiresOn?.ToUnixTimeSeconds() == metadata.Expires?.ToUnixTimeSeconds()
        && (metadata.ContentType is null || metadata.ContentType == existing.Properties.ContentType);

    private async Task RecoverAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            var recovery = await secrets.StartRecoverDeletedSecretAsync(name, cancellationToken);
            await recovery.WaitForCompletionAsync(cancellationToken);
            if (!AzureManagedBy.IsManaged(recovery.Value.Tags))
            {
                throw new ProviderException($"cannot update recovered secret {name}: {NotManaged}");
            }
        }
        catch (Exception ex) when (AzureErrors.IsAzureFailure(ex))
        {
            throw AzureErrors.Map(ex, $"could not recover soft-deleted secret {name}");
        }
    }

    private async Task PushCertificateAsync(string name, byte[] value, AzurePushMetadata metadata, CancellationToken cancellationToken)
    {
        var local = AzureCertificateValue.Parse(value);
        var existing = await TryReadAsync(() => certificates.GetCertificateAsync(name, cancellationToken), $"cannot get certificate {name}");
        if (existing is not null)
        {
            if (!AzureManagedBy.IsManaged(existing.Properties.Tags))
            {
                throw new ProviderException($"cannot get certificate {name}: {NotManaged}");
            }

            if (existing.Cer.AsSpan().SequenceEqual(local.Der))
            {
                return;
            }
        }

        var import = new ImportCertificateOptions(name, value);
        if (local.IsPem)
        {
            // Key Vault reads PEM content only under a PEM policy; PFX is the default.
            var policy = CertificatePolicy.Default;
            policy.ContentType = CertificateContentType.Pem;
            import.Policy = policy;
        }

        foreach (var (tag, tagValue) in AzureManagedBy.Tags(metadata.Tags))
        {
            import.Tags[tag] = tagValue;
        }

        await WriteAsync(() => certificates.ImportCertificateAsync(import, cancellationToken), $"could not import certificate {name}");
    }

    private async Task PushKeyAsync(string name, byte[] value, AzurePushMetadata metadata, CancellationToken cancellationToken)
    {
        var jwk = AzureJwk.FromPushedValue(value, name);
        try
        {
            var existing = await keys.GetKeyAsync(name, null, cancellationToken);
            if (!AzureManagedBy.IsManaged(Tags(existing)))
            {
                throw new ProviderException($"cannot get key {name}: {NotManaged}");
            }

            if (AzureJwk.SamePublicKey(jwk, existing.GetProperty("key")))
            {
                return;
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
        }
        catch (Exception ex) when (AzureErrors.IsAzureFailure(ex))
        {
            throw AzureErrors.Map(ex, $"cannot get key {name}");
        }

        var tags = new JsonObject();
        foreach (var (tag, tagValue) in AzureManagedBy.Tags(metadata.Tags))
        {
            tags[tag] = tagValue;
        }

        var body = new JsonObject { ["key"] = jwk, ["attributes"] = new JsonObject { ["enabled"] = true }, ["tags"] = tags };
        await WriteAsync(() => keys.ImportKeyAsync(name, body, cancellationToken), $"could not import key {name}");
    }

    private static async Task<T?> TryReadAsync<T>(Func<Task<Response<T>>> read, string operation)
        where T : class
    {
        try
        {
            return (await read()).Value;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
        catch (Exception ex) when (AzureErrors.IsAzureFailure(ex))
        {
            throw AzureErrors.Map(ex, operation);
        }
    }

    private static async Task WriteAsync(Func<Task> write, string operation)
    {
        try
        {
            await write();
        }
        catch (Exception ex) when (AzureErrors.IsAzureFailure(ex))
        {
            throw AzureErrors.Map(ex, operation);
        }
    }
}
