using System.Text.Json;
using System.Text.Json.Nodes;
using Ferry.Providers.Vault.Http;

namespace Ferry.Providers.Vault.Auth;

/// <summary>What a login needs: the connection, the namespace logins go to, the store (for credentials) and the clock.</summary>
internal sealed class VaultAuthContext(VaultHttp http, StoreContext store, TimeProvider time)
{
    public VaultHttp Http { get; } = http;

    public StoreContext Store { get; } = store;

    public TimeProvider Time { get; } = time;

    public string? Namespace => Http.Settings.AuthNamespace;

    /// <summary>POSTs a login body to <c>auth/{mount}/login[/suffix]</c> and reads the token from the auth block.</summary>
    public async ValueTask<VaultToken> PostLoginAsync(string method, string mount, JsonObject body, CancellationToken cancellationToken, string? suffix = null)
    {
        var path = $"auth/{mount.Trim('/')}/login" + (suffix is null ? string.Empty : "/" + Uri.EscapeDataString(suffix));
        var response = await Http.SendAsync(HttpMethod.Post, path, token: null, Namespace, body, cancellationToken);
        if (!response.IsSuccess)
        {
            throw new VaultApiException(HttpMethod.Post.Method, path, response.Status, []);
        }

        return ReadAuth(response, method);
    }

    public VaultToken ReadAuth(VaultResponse response, string method)
    {
        var auth = response.Auth;
        var token = VaultResponse.Member(auth, "client_token");
        if (token.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(token.GetString()))
        {
            throw new ProviderException($"vault {method} login returned no client token");
        }

        var lease = VaultResponse.Member(auth, "lease_duration");
        var renewable = VaultResponse.Member(auth, "renewable");
        return new VaultToken(
            token.GetString()!,
            Time.GetUtcNow(),
            TimeSpan.FromSeconds(lease.ValueKind == JsonValueKind.Number ? lease.GetInt64() : 0),
            renewable.ValueKind == JsonValueKind.True);
    }

    public async ValueTask<string> ReadCredentialAsync(Ferry.Api.V1.SecretKeySelector? selector, string what, CancellationToken cancellationToken)
    {
        if (selector is null)
        {
            throw new ProviderException($"vault auth: {what} is not set");
        }

        var value = await Store.Credentials.GetSecretKeyAsync(selector, cancellationToken);
        return value.Reveal();
    }
}
