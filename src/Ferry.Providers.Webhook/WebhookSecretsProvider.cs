using System.Net;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Ferry.Api;
using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Webhook;

namespace Ferry.Providers.Webhook;

/// <summary>
/// ESO's <c>webhook</c> provider: any HTTP endpoint, with a Go-templated URL, body and headers and a JSONPath into
/// the response. Read-write: a push sends the value (POST by default), a delete sends DELETE to the URL.
/// </summary>
public sealed class WebhookSecretsProvider(TimeProvider? time = null, WebhookRetryOptions? retry = null) : ISecretsProvider
{
    public const string ProviderName = "webhook";

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly WebhookRetryOptions _retry = retry ?? new WebhookRetryOptions();

    public string Name => ProviderName;

    public ProviderCapabilities Capabilities => ProviderCapabilities.ReadWrite;

    public StoreValidation ValidateStore(StoreIdentity store, SecretStoreSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Provider.Webhook is not { } webhook)
        {
            return StoreValidation.Invalid("missing store provider webhook");
        }

        if (string.IsNullOrEmpty(webhook.Url))
        {
            return StoreValidation.Invalid("url must be set");
        }

        if (webhook.Timeout is { } timeout && !GoDuration.TryParse(timeout, out _, out var error))
        {
            return StoreValidation.Invalid($"invalid timeout: {error}");
        }

        try
        {
            foreach (var (what, text) in Templates(webhook))
            {
                Ferry.Templating.GoTemplate.Parse(what, text);
            }
        }
        catch (Ferry.Templating.TemplateParseException ex)
        {
            return StoreValidation.Invalid($"invalid template: {ex.Message}");
        }

        return StoreValidation.Valid;
    }

    public async ValueTask<ISecretsClient> CreateClientAsync(StoreContext store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var spec = store.Spec.Provider.Webhook ?? throw new ProviderException("missing store provider webhook");
        var timeout = _retry.DefaultTimeout;
        if (spec.Timeout is { } text)
        {
            timeout = GoDuration.TryParse(text, out var parsed, out var error)
                ? parsed.ToTimeSpan()
                : throw new ProviderException($"invalid timeout: {error}");
        }

        var secrets = await ReadSecretsAsync(store, spec, cancellationToken);
        var basic = await ReadBasicAuthAsync(store, spec.Auth, cancellationToken);
        var ca = await ReadCaAsync(store, spec, cancellationToken);
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (ca is not null)
        {
            handler.SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, errors) => ValidateWith(ca, certificate, errors),
            };
        }

        if (basic is not null && spec.Auth?.Ntlm is not null)
        {
            var plain = Encoding.UTF8.GetString(Convert.FromBase64String(basic.Value.Encoded));
            handler.Credentials = new NetworkCredential(basic.Value.User, plain[(plain.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        }

        var http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        var session = new WebhookSession(http, timeout, secrets, basic?.Encoded);
        return new WebhookSecretsClient(spec, session, new WebhookTemplates(_time), store.ConsumerNamespace, _retry, _time);
    }

    private static IEnumerable<(string What, string Text)> Templates(WebhookProvider webhook)
    {
        yield return ("url", webhook.Url);
        if (!string.IsNullOrEmpty(webhook.Body))
        {
            yield return ("body", webhook.Body);
        }

        if (!string.IsNullOrEmpty(webhook.Result?.JsonPath))
        {
            yield return ("result.jsonPath", webhook.Result.JsonPath);
        }

        foreach (var (name, value) in webhook.Headers ?? [])
        {
            yield return ($"header {name}", value);
        }
    }

    // secrets[] as templates see them: every key of each Secret under its name (ESO's getTemplatedSecrets).
    private static async Task<Dictionary<string, IReadOnlyDictionary<string, string>>> ReadSecretsAsync(
        StoreContext store, WebhookProvider spec, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var secret in spec.Secrets ?? [])
        {
            try
            {
                var data = await store.Credentials.GetSecretDataAsync(secret.SecretRef, cancellationToken);
                result[secret.Name] = data.ToDictionary(e => e.Key, e => e.Value.Reveal(), StringComparer.Ordinal);
            }
            catch (Exception ex) when (ex is SecretNotFoundException or ProviderException)
            {
                throw new ProviderException($"failed to get webhook secret {secret.SecretRef.Name}: {ex.Message}", ex);
            }
        }

        return result;
    }

    private static async Task<(string User, string Encoded)?> ReadBasicAuthAsync(StoreContext store, WebhookAuth? auth, CancellationToken cancellationToken)
    {
        if (auth?.Ntlm is not { } ntlm)
        {
            return null;
        }

        var user = await ReadKeyAsync(store, ntlm.UsernameSecret, cancellationToken);
        var password = await ReadKeyAsync(store, ntlm.PasswordSecret, cancellationToken);
        return (user.Reveal(), Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user.Reveal()}:{password.Reveal()}")));
    }

    private static async Task<X509Certificate2Collection?> ReadCaAsync(StoreContext store, WebhookProvider spec, CancellationToken cancellationToken)
    {
        byte[] pem;
        if (!string.IsNullOrEmpty(spec.CaBundle))
        {
            try
            {
                pem = Convert.FromBase64String(spec.CaBundle);
            }
            catch (FormatException)
            {
                throw new ProviderException("failed to decode ca bundle: illegal base64 data");
            }
        }
        else if (spec.CaProvider is { } provider)
        {
            if (provider.Type == CaProviderType.ConfigMap)
            {
                throw new UnsupportedOperationException("caProvider type ConfigMap is not supported by the webhook provider; use a Secret or caBundle");
            }

            if (store.Identity.IsClusterScoped && provider.Namespace is null)
            {
                throw new ProviderException("missing namespace on caProvider secret");
            }

            pem = (await ReadKeyAsync(store, new SecretKeySelector { Name = provider.Name, Key = provider.Key, Namespace = provider.Namespace }, cancellationToken)).ToArray();
        }
        else
        {
            return null;
        }

        var collection = new X509Certificate2Collection();
        collection.ImportFromPem(Encoding.ASCII.GetString(pem));
        return collection.Count > 0 ? collection : throw new ProviderException("failed to append cabundle");
    }

    private static async Task<SecretValue> ReadKeyAsync(StoreContext store, SecretKeySelector selector, CancellationToken cancellationToken)
    {
        try
        {
            return await store.Credentials.GetSecretKeyAsync(selector, cancellationToken);
        }
        catch (Exception ex) when (ex is SecretNotFoundException or ProviderException)
        {
            throw new ProviderException($"failed to get clustersecretstore webhook secret {selector.Name}: {ex.Message}", ex);
        }
    }

    // The store's CA replaces the system roots, as ESO's RootCAs does: only chains ending in it are trusted.
    private static bool ValidateWith(X509Certificate2Collection ca, X509Certificate? certificate, SslPolicyErrors errors)
    {
        if (certificate is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch) || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var leaf = new X509Certificate2(certificate);
        return chain.Build(leaf);
    }
}
