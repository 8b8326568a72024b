using System.Net;

namespace Ferry.Providers.Webhook;

/// <summary>What the endpoint answered. The body may be a secret: it never goes into a message.</summary>
internal sealed record WebhookResponse(HttpStatusCode Status, string? Reason, byte[] Body)
{
    public override string ToString() => $"WebhookResponse {{ Status = {(int)Status} }}";

    /// <summary>ESO's status mapping: 404 is not found, 304 not modified, any other non-2xx an error.</summary>
    public byte[] EnsureSuccess()
    {
        var code = (int)Status;
        if (Status == HttpStatusCode.NotFound)
        {
            throw new SecretNotFoundException();
        }

        if (Status == HttpStatusCode.NotModified)
        {
            throw new ProviderException("endpoint answered 304 Not Modified");
        }

        return code is >= 200 and < 300 ? Body : throw new ProviderException($"endpoint gave error {code} {Reason}");
    }
}
