using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ferry.Providers.Gcp.Auth;

/// <summary>
/// The parts of a Google <c>external_account</c> credential configuration (the JSON <c>gcloud iam
/// workload-identity-pools create-cred-config</c> writes) that workload identity federation uses. The file holds no
/// secret, so its URLs and paths may be quoted in errors; the subject token it leads to never is.
/// </summary>
internal sealed record ExternalAccountConfig(
    string? Audience,
    string? SubjectTokenType,
    string? TokenUrl,
    string? ServiceAccountImpersonationUrl,
    ExternalCredentialSource? CredentialSource)
{
    private const string ExternalAccountType = "external_account";

    /// <exception cref="ProviderException">The text is not JSON or not an external_account configuration.</exception>
    public static ExternalAccountConfig Parse(string json, string origin)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject ?? throw new ProviderException($"{origin}: the credential configuration is not a JSON object");
        }
        catch (JsonException ex)
        {
            throw new ProviderException($"{origin}: the credential configuration is not valid JSON: {ex.Message}", ex);
        }

        var type = Text(root, "type");
        if (type != ExternalAccountType)
        {
            throw new ProviderException($"{origin}: invalid credentials: 'type' field is \"{type}\" (expected \"{ExternalAccountType}\")");
        }

        return new ExternalAccountConfig(
            Text(root, "audience"),
            Text(root, "subject_token_type"),
            Text(root, "token_url"),
            Text(root, "service_account_impersonation_url"),
            root["credential_source"] is JsonObject source ? ExternalCredentialSource.From(source) : null);
    }

    internal static string? Text(JsonObject node, string name) =>
        node[name] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
}
