using System.Text.RegularExpressions;
using Ferry.Api.V1.Providers.Gcp;

namespace Ferry.Providers.Gcp.Auth;

/// <summary>
/// ESO's checks on a credConfig (validateExternalAccountConfig), so a store's author cannot point the operator at
/// an arbitrary token service, run a program, or borrow the operator's own ServiceAccount token. Every problem is
/// reported at once, each naming its field.
/// </summary>
internal static partial class ExternalAccountRules
{
    public const string JwtTokenType = "urn:ietf:params:oauth:token-type:jwt";

    // The operator's own token. ESO compares the path as written; Ferry also refuses other spellings of the same
    // directory (.., and /run, which /var/run links to on most images).
    private static readonly string[] OperatorTokenDirectories =
    [
        "/var/run/secrets/kubernetes.io/serviceaccount/",
        "/run/secrets/kubernetes.io/serviceaccount/",
    ];

    /// <exception cref="ProviderException">The configuration breaks one of the rules.</exception>
    public static ExternalAccountPlan Check(ExternalAccountConfig config, GcpWorkloadIdentityFederation federation, GcpSecretManagerProviderOptions options)
    {
        var problems = new List<string>();
        var audience = string.IsNullOrEmpty(federation.Audience) ? config.Audience : federation.Audience;
        if (string.IsNullOrEmpty(audience))
        {
            problems.Add("audience is empty");
        }

        var tokenUrl = config.TokenUrl ?? options.StsEndpoint.AbsoluteUri;
        if (tokenUrl != options.StsEndpoint.AbsoluteUri)
        {
            problems.Add($"token_url \"{tokenUrl}\" must match {options.StsEndpoint.AbsoluteUri}");
        }

        Uri? impersonation = null;
        if (config.ServiceAccountImpersonationUrl is { } url)
        {
            impersonation = ImpersonationUrl(url, options.IamCredentialsEndpoint);
            if (impersonation is null)
            {
                problems.Add($"service_account_impersonation_url \"{url}\" does not have expected value");
            }
        }
        else if (!string.IsNullOrEmpty(federation.GcpServiceAccountEmail))
        {
            impersonation = GcpLogin.ImpersonationUrl(options, federation.GcpServiceAccountEmail);
        }

        var source = config.CredentialSource;
        if (source is null)
        {
            problems.Add("credential_source is missing");
        }
        else
        {
            CheckSource(source, federation, problems);
        }

        if (problems.Count > 0)
        {
            throw new ProviderException($"auth.workloadIdentityFederation.credConfig: invalid external_account config: {string.Join("; ", problems)}");
        }

        return new ExternalAccountPlan(audience!, config.SubjectTokenType ?? JwtTokenType, source!, impersonation);
    }

    private static void CheckSource(ExternalCredentialSource source, GcpWorkloadIdentityFederation federation, List<string> problems)
    {
        if (source.HasExecutable)
        {
            problems.Add("credential_source.executable.command is not allowed");
        }

        if (source.EnvironmentId is not null)
        {
            // ESO would read keys from the EC2 metadata server; Ferry takes them from a Secret instead.
            problems.Add("credential_source.environment_id (AWS instance metadata) is not supported; use awsSecurityCredentials");
            return;
        }

        if (source.File is null && source.Url is null)
        {
            problems.Add("one of credential_source.file or credential_source.url should be provided");
        }

        if ((source.Url ?? string.Empty) != (federation.ExternalTokenEndpoint ?? string.Empty))
        {
            problems.Add($"credential_source.url \"{source.Url}\" does not match with the configured \"{federation.ExternalTokenEndpoint}\" externalTokenEndpoint");
        }

        if (source.File is { } file && IsOperatorToken(file))
        {
            problems.Add("credential_source.file may not read the operator's own ServiceAccount token; use serviceAccountRef");
        }

        if (source.FormatType is not ("text" or "json"))
        {
            problems.Add($"credential_source.format.type \"{source.FormatType}\" must be text or json");
        }
        else if (source.FormatType == "json" && source.SubjectTokenFieldName is null)
        {
            problems.Add("credential_source.format.subject_token_field_name is required when format.type is json");
        }
    }

    private static bool IsOperatorToken(string file)
    {
        var full = Path.GetFullPath(file);
        return OperatorTokenDirectories.Any(dir => full.StartsWith(dir, StringComparison.Ordinal) || full + "/" == dir);
    }

    // ESO accepts only iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/<email>:generateAccessToken;
    // the provider's IAM Credentials endpoint stands in for Google's (tests, private endpoints).
    private static Uri? ImpersonationUrl(string url, Uri iamEndpoint)
    {
        var prefix = new Uri(iamEndpoint, "v1/projects/-/serviceAccounts/").AbsoluteUri;
        if (!url.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var match = ImpersonationTail().Match(url[prefix.Length..]);
        return match.Success ? new Uri(url) : null;
    }

    [GeneratedRegex(@"^\S+:generateAccessToken$")]
    private static partial Regex ImpersonationTail();
}
