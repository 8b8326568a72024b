using System.Text.RegularExpressions;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Ferry.Providers.Azure.Keys;

/// <summary>
/// Key Vault's bearer challenge for the hand-written keys client (the Keys SDK is not served here), the way the
/// Secrets and Certificates SDKs do it: the first request goes out without a token or body, the 401's
/// WWW-Authenticate names the tenant and resource, and the request is replayed with a token for that scope.
/// </summary>
internal sealed partial class KeyVaultChallengePolicy(TokenCredential credential, bool verifyChallengeResource)
    : BearerTokenAuthenticationPolicy(credential, Array.Empty<string>())
{
    private const string StashedContent = "ferry.keyvault.content";
    private volatile Challenge? _challenge;

    protected override ValueTask AuthorizeRequestAsync(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (_challenge is { } known)
        {
            return AuthenticateAndAuthorizeRequestAsync(message, known.Context);
        }

        // No token yet: send nothing worth protecting until the vault has said who it trusts.
        if (message.Request.Content is { } content)
        {
            message.SetProperty(StashedContent, content);
            message.Request.Content = null;
        }

        return ValueTask.CompletedTask;
    }

    protected override void AuthorizeRequest(HttpMessage message) => AuthorizeRequestAsync(message).AsTask().GetAwaiter().GetResult();

    protected override async ValueTask<bool> AuthorizeRequestOnChallengeAsync(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!message.Response.Headers.TryGetValue("WWW-Authenticate", out var header) || header is null || Parse(header) is not { } parsed)
        {
            return false;
        }

        if (verifyChallengeResource && !(message.Request.Uri.Host ?? string.Empty).EndsWith(parsed.ResourceHost, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                "The challenge resource does not match the vault's domain. Set environmentType AzureStackCloud with customCloudConfig for a vault outside the built-in clouds.");
        }

        _challenge = parsed;
        if (message.TryGetProperty(StashedContent, out var stashed) && stashed is RequestContent content)
        {
            message.Request.Content = content;
        }

        await AuthenticateAndAuthorizeRequestAsync(message, parsed.Context);
        return true;
    }

    protected override bool AuthorizeRequestOnChallenge(HttpMessage message) =>
        AuthorizeRequestOnChallengeAsync(message).AsTask().GetAwaiter().GetResult();

    private static Challenge? Parse(string header)
    {
        var values = ChallengeParameter().Matches(header).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.OrdinalIgnoreCase);
        var authorization = values.GetValueOrDefault("authorization") ?? values.GetValueOrDefault("authorization_uri");
        var scope = values.GetValueOrDefault("scope");
        var resource = values.GetValueOrDefault("resource");
        if (string.IsNullOrEmpty(scope) && !string.IsNullOrEmpty(resource))
        {
            scope = resource.TrimEnd('/') + "/.default";
        }

        if (string.IsNullOrEmpty(scope) || !Uri.TryCreate(scope, UriKind.Absolute, out var scopeUri))
        {
            return null;
        }

        string? tenant = null;
        if (Uri.TryCreate(authorization, UriKind.Absolute, out var authorityUri))
        {
            tenant = authorityUri.AbsolutePath.Trim('/').Split('/')[0];
        }

        return new Challenge(new TokenRequestContext([scope], tenantId: string.IsNullOrEmpty(tenant) ? null : tenant, isCaeEnabled: true), scopeUri.Host);
    }

    [GeneratedRegex("""(\w+)="([^"]*)"?""")]
    private static partial Regex ChallengeParameter();

    private sealed record Challenge(TokenRequestContext Context, string ResourceHost);
}
