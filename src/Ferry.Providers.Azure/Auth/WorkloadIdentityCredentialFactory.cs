using Azure.Core;
using Azure.Identity;
using Ferry.Api.V1.Providers.AzureKeyVault;

namespace Ferry.Providers.Azure.Auth;

/// <summary>
/// authType WorkloadIdentity as ESO does it. Without serviceAccountRef: the variables the Azure workload identity
/// webhook injects into the operator pod. With it: client and tenant IDs from authSecretRef, the store's tenantId or
/// the ServiceAccount's azure.workload.identity annotations, and a federated token minted for that ServiceAccount
/// (audience api://AzureADTokenExchange plus serviceAccountRef.audiences) each time Entra ID needs a new assertion.
/// </summary>
internal static class WorkloadIdentityCredentialFactory
{
    public const string DefaultAudience = "api://AzureADTokenExchange";
    public const string ClientIdAnnotation = "azure.workload.identity/client-id";
    public const string TenantIdAnnotation = "azure.workload.identity/tenant-id";

    public static async ValueTask<TokenCredential> CreateAsync(
        StoreContext store, AzureKeyVaultProvider spec, AzureCredentialSettings settings, CancellationToken cancellationToken)
    {
        var env = settings.Options.Environment;
        if (spec.ServiceAccountRef is null)
        {
            var (clientId, tenantId, tokenFile) = (env("AZURE_CLIENT_ID"), env("AZURE_TENANT_ID"), env("AZURE_FEDERATED_TOKEN_FILE"));
            if (string.IsNullOrEmpty(clientId) || string.IsNullOrEmpty(tenantId) || string.IsNullOrEmpty(tokenFile))
            {
                throw new ProviderException(AzureAuthMessages.MissingWorkloadEnvVars);
            }

            return new WorkloadIdentityCredential(settings.Apply(new WorkloadIdentityCredentialOptions
            {
                ClientId = clientId,
                TenantId = tenantId,
                TokenFilePath = tokenFile,
            }));
        }

        if (store.ServiceAccountTokens is null)
        {
            throw new ProviderException(AzureAuthMessages.NoServiceAccounts);
        }

        var account = spec.ServiceAccountRef;
        var ns = SecretReferenceScope.ResolveNamespace(store.Identity, store.ConsumerNamespace, account.Namespace);
        IReadOnlyDictionary<string, string> annotations = store.ServiceAccountTokens is IServiceAccountAnnotations reader
            ? await reader.GetAnnotationsAsync(ns, account.Name, cancellationToken)
            : new Dictionary<string, string>();
        var client = await ResolveClientIdAsync(store, spec, annotations, cancellationToken);
        var tenant = await ResolveTenantIdAsync(store, spec, annotations, env, cancellationToken);
        return new ClientAssertionCredential(
            tenant,
            client,
            async ct => (await ServiceAccountTokens.RequestAsync(store, account, [DefaultAudience], ServiceAccountTokens.DefaultExpirationSeconds, ct)).Token.Reveal(),
            settings.Apply(new ClientAssertionCredentialOptions()));
    }

    private static async ValueTask<string> ResolveClientIdAsync(
        StoreContext store, AzureKeyVaultProvider spec, IReadOnlyDictionary<string, string> annotations, CancellationToken cancellationToken)
    {
        string? clientId = null;
        if (spec.AuthSecretRef is { } auth)
        {
            if (auth.ClientId is null)
            {
                throw new ProviderException(AzureAuthMessages.MissingClientIdSecret);
            }

            clientId = (await store.Credentials.GetSecretKeyAsync(auth.ClientId, cancellationToken)).Reveal().Trim();
        }

        if (annotations.TryGetValue(ClientIdAnnotation, out var annotated))
        {
            clientId = string.IsNullOrEmpty(clientId) ? annotated : throw new ProviderException(AzureAuthMessages.MultipleClientId);
        }

        return string.IsNullOrEmpty(clientId) ? throw new ProviderException(AzureAuthMessages.MissingClient(ClientIdAnnotation)) : clientId;
    }

    private static async ValueTask<string> ResolveTenantIdAsync(
        StoreContext store, AzureKeyVaultProvider spec, IReadOnlyDictionary<string, string> annotations, Func<string, string?> env, CancellationToken cancellationToken)
    {
        string? tenantId = null;
        if (spec.AuthSecretRef?.TenantId is { } tenantRef)
        {
            tenantId = (await store.Credentials.GetSecretKeyAsync(tenantRef, cancellationToken)).Reveal().Trim();
        }

        if (string.IsNullOrEmpty(tenantId))
        {
            tenantId = spec.TenantId;
        }

        if (annotations.TryGetValue(TenantIdAnnotation, out var annotated))
        {
            tenantId = string.IsNullOrEmpty(tenantId) ? annotated : throw new ProviderException(AzureAuthMessages.MultipleTenantId);
        }

        if (string.IsNullOrEmpty(tenantId))
        {
            tenantId = env("AZURE_TENANT_ID");
        }

        return string.IsNullOrEmpty(tenantId) ? throw new ProviderException(AzureAuthMessages.MissingTenant) : tenantId;
    }
}
