namespace Ferry.Providers.Webhook;

/// <summary>
/// What a webhook client holds for its lifetime: the HTTP client (with the store's CA and timeout), the contents of
/// the referenced Secrets as templates see them, and NTLM/basic credentials. Read once per pooled client, so a
/// rotated Secret reaches the endpoint when the pool rebuilds the client on the new credentials version.
/// </summary>
internal sealed record WebhookSession(
    HttpClient Http,
    TimeSpan Timeout,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Secrets,
    string? BasicAuthorization)
{
    public override string ToString() => $"WebhookSession {{ Timeout = {Timeout} }}";
}
