using System.Text.Json.Nodes;

namespace Ferry.Providers.Gcp.Auth;

/// <summary>
/// <c>credential_source</c> of an external_account configuration: where the subject token comes from (a file or a
/// URL) and how to read it (plain text, or one field of a JSON document).
/// </summary>
internal sealed record ExternalCredentialSource(
    string? File,
    string? Url,
    IReadOnlyDictionary<string, string> Headers,
    string FormatType,
    string? SubjectTokenFieldName,
    string? EnvironmentId,
    bool HasExecutable)
{
    public static ExternalCredentialSource From(JsonObject source)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (source["headers"] is JsonObject headerNode)
        {
            foreach (var (name, value) in headerNode)
            {
                if (value is JsonValue text && text.TryGetValue<string>(out var headerValue))
                {
                    headers[name] = headerValue;
                }
            }
        }

        var format = source["format"] as JsonObject;
        return new ExternalCredentialSource(
            ExternalAccountConfig.Text(source, "file"),
            ExternalAccountConfig.Text(source, "url"),
            headers,
            (format is null ? null : ExternalAccountConfig.Text(format, "type")) ?? "text",
            format is null ? null : ExternalAccountConfig.Text(format, "subject_token_field_name"),
            ExternalAccountConfig.Text(source, "environment_id"),
            source["executable"] is not null);
    }
}
