using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Ferry.Testing.Backends.Azure;

/// <summary>
/// Entra ID's v2.0 token endpoint (client credentials with a secret or a client assertion) and the IMDS
/// managed-identity endpoint, as MSAL and Azure.Identity call them.
/// </summary>
internal sealed class AzureFakeIdentityApi(AzureFakeIdentity identity)
{
    private const string JwtBearer = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    public static bool IsTokenPath(PathString path, out string tenant)
    {
        var segments = (path.Value ?? string.Empty).Trim('/').Split('/');
        tenant = segments[0];
        return segments.Length == 4 && segments[1] == "oauth2" && segments[2] == "v2.0" && segments[3] == "token";
    }

    public static bool IsImdsPath(PathString path) => path.Value?.TrimEnd('/') == "/metadata/identity/oauth2/token";

    public async Task HandleTokenAsync(HttpContext context, string tenant, Uri authorityHost)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.HasFormContentType)
        {
            await AzureFakeHttp.WriteOAuthErrorAsync(context, 400, "invalid_request", 900144, "The request body must contain the following parameter: 'grant_type'.");
            return;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (!string.Equals(tenant, identity.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            await AzureFakeHttp.WriteOAuthErrorAsync(context, 400, "invalid_request", 90002, $"Tenant '{tenant}' not found.");
            return;
        }

        if (form["grant_type"] != "client_credentials")
        {
            await AzureFakeHttp.WriteOAuthErrorAsync(context, 400, "unsupported_grant_type", 70003, "The app requested an unsupported grant type.");
            return;
        }

        var clientId = form["client_id"].ToString();
        var scope = form["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        if (!scope.EndsWith("/.default", StringComparison.Ordinal))
        {
            await AzureFakeHttp.WriteOAuthErrorAsync(context, 400, "invalid_scope", 1002012, $"The provided value for scope {scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier.");
            return;
        }

        if (!identity.HasApplication(clientId))
        {
            await AzureFakeHttp.WriteOAuthErrorAsync(context, 400, "unauthorized_client", 700016, $"Application with identifier '{clientId}' was not found in the directory.");
            return;
        }

        var grant = Authenticate(form, clientId, new Uri(authorityHost, $"{tenant}/oauth2/v2.0/token").ToString());
        if (grant is null)
        {
            await AzureFakeHttp.WriteOAuthErrorAsync(context, 401, "invalid_client", 7000215, "Invalid client secret or client assertion provided.");
            return;
        }

        var issued = identity.IssueAccessToken(clientId, scope[..^"/.default".Length], grant.Value);
        await AzureFakeHttp.WriteJsonAsync(context, 200, new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = issued.ExpiresIn,
            ["ext_expires_in"] = issued.ExpiresIn,
            ["access_token"] = issued.Token,
        });
    }

    public async Task HandleImdsAsync(HttpContext context)
    {
        var query = context.Request.Query;
        if (!string.Equals(context.Request.Headers["Metadata"], "true", StringComparison.OrdinalIgnoreCase))
        {
            await AzureFakeHttp.WriteJsonAsync(context, 400, new JsonObject { ["error"] = "invalid_request", ["error_description"] = "Required metadata header not specified" });
            return;
        }

        var resource = query["resource"].ToString();
        if (string.IsNullOrEmpty(query["api-version"]) || string.IsNullOrEmpty(resource))
        {
            await AzureFakeHttp.WriteJsonAsync(context, 400, new JsonObject { ["error"] = "invalid_request", ["error_description"] = "Required query variable 'resource' or 'api-version' is missing" });
            return;
        }

        var clientId = query["client_id"].ToString();
        if (string.IsNullOrEmpty(clientId))
        {
            clientId = identity.FirstManagedIdentity ?? string.Empty;
        }

        if (!identity.IsManagedIdentity(clientId))
        {
            await AzureFakeHttp.WriteJsonAsync(context, 400, new JsonObject { ["error"] = "invalid_request", ["error_description"] = "Identity not found" });
            return;
        }

        var issued = identity.IssueAccessToken(clientId, resource.TrimEnd('/'), AzureFakeGrant.ManagedIdentity);
        await AzureFakeHttp.WriteJsonAsync(context, 200, new JsonObject
        {
            ["access_token"] = issued.Token,
            ["client_id"] = clientId,
            ["expires_in"] = issued.ExpiresIn.ToString(CultureInfo.InvariantCulture),
            ["expires_on"] = issued.ExpiresOn.ToString(CultureInfo.InvariantCulture),
            ["ext_expires_in"] = issued.ExpiresIn.ToString(CultureInfo.InvariantCulture),
            ["not_before"] = (issued.ExpiresOn - issued.ExpiresIn).ToString(CultureInfo.InvariantCulture),
            ["resource"] = resource,
            ["token_type"] = "Bearer",
        });
    }

    private AzureFakeGrant? Authenticate(IFormCollection form, string clientId, string tokenUrl)
    {
        var secret = form["client_secret"].ToString();
        if (secret.Length > 0)
        {
            return identity.CheckSecret(clientId, secret) ? AzureFakeGrant.ClientSecret : null;
        }

        var assertion = form["client_assertion"].ToString();
        if (form["client_assertion_type"] != JwtBearer || assertion.Length == 0)
        {
            return null;
        }

        if (identity.CheckCertificateAssertion(clientId, assertion, tokenUrl))
        {
            return AzureFakeGrant.ClientCertificate;
        }

        return identity.CheckFederatedAssertion(clientId, assertion) ? AzureFakeGrant.FederatedToken : null;
    }
}
