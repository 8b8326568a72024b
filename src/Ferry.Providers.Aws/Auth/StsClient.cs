using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Signing;
using Ferry.Providers.Aws.Protocol;

namespace Ferry.Providers.Aws.Auth;

/// <summary>
/// STS over the AWS Query protocol (form-encoded <c>Action=...&amp;Version=2011-06-15</c>, XML answers), written by
/// hand rather than through AWSSDK.SecurityToken so that STS calls share the services' signer, HttpClient, clock and
/// retry policy: one code path, and the fake's clock governs both signing and expiry in tests.
/// </summary>
internal sealed class StsClient(HttpClient http, Uri endpoint, string region, TimeProvider time, AwsRetryOptions retry)
{
    private const string Version = "2011-06-15";
    private static readonly XNamespace Ns = "https://sts.amazonaws.com/doc/2011-06-15/";

    public Task<StsCredentials> AssumeRoleAsync(
        AWSCredentials caller, string roleArn, string sessionName, string? externalId,
        IReadOnlyList<KeyValuePair<string, string>> tags, IReadOnlyList<string> transitiveTagKeys, TimeSpan duration,
        CancellationToken cancellationToken)
    {
        var form = Form("AssumeRole", roleArn, sessionName, duration);
        if (!string.IsNullOrEmpty(externalId))
        {
            form.Add(("ExternalId", externalId));
        }

        for (var i = 0; i < tags.Count; i++)
        {
            form.Add(($"Tags.member.{i + 1}.Key", tags[i].Key));
            form.Add(($"Tags.member.{i + 1}.Value", tags[i].Value));
        }

        for (var i = 0; i < transitiveTagKeys.Count; i++)
        {
            form.Add(($"TransitiveTagKeys.member.{i + 1}", transitiveTagKeys[i]));
        }

        return CallAsync("AssumeRole", form, caller, cancellationToken);
    }

    /// <summary>Unsigned, as the service requires: the web identity token is the credential.</summary>
    public Task<StsCredentials> AssumeRoleWithWebIdentityAsync(
        string roleArn, string sessionName, SecretValue webIdentityToken, TimeSpan duration, CancellationToken cancellationToken)
    {
        var form = Form("AssumeRoleWithWebIdentity", roleArn, sessionName, duration);
        form.Add(("WebIdentityToken", webIdentityToken.Reveal()));
        return CallAsync("AssumeRoleWithWebIdentity", form, null, cancellationToken);
    }

    private static List<(string Name, string Value)> Form(string action, string roleArn, string sessionName, TimeSpan duration) =>
    [
        ("Action", action),
        ("Version", Version),
        ("RoleArn", roleArn),
        ("RoleSessionName", sessionName),
        ("DurationSeconds", ((long)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture)),
    ];

    // AssumeRole* are safe to repeat: a second call only issues another session.
    private Task<StsCredentials> CallAsync(string action, List<(string Name, string Value)> form, AWSCredentials? caller, CancellationToken cancellationToken) =>
        AwsRetryLoop.RunAsync(
            ct => AwsRetryLoop.WithTimeoutAsync(action, endpoint.Host, retry, time, attempt => AttemptAsync(action, form, caller, attempt), ct),
            idempotent: true,
            retry,
            time,
            cancellationToken);

    private async Task<StsCredentials> AttemptAsync(string action, List<(string Name, string Value)> form, AWSCredentials? caller, CancellationToken cancellationToken)
    {
        var body = System.Text.Encoding.UTF8.GetBytes(string.Join('&', form.Select(f => $"{Uri.EscapeDataString(f.Name)}={Uri.EscapeDataString(f.Value)}")));
        using var message = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        message.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded") { CharSet = "utf-8" };
        if (caller is not null)
        {
            var signing = new AWSSigningRequest { HttpMethod = HttpMethod.Post, RequestUri = endpoint, Content = body };
            signing.Headers["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8";
            var signed = await AWSSigV4Signer.SignAsync(signing, new AWSSigV4Parameters
            {
                Credentials = caller,
                Region = RegionEndpoint.GetBySystemName(region),
                Service = "sts",
                SignedAt = time.GetUtcNow().UtcDateTime,
            }, cancellationToken);
            foreach (var (name, value) in signed.Headers)
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }
        }

        using var response = await http.SendAsync(message, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var document = TryParse(text);
        if (!response.IsSuccessStatusCode)
        {
            var error = document?.Descendants(Ns + "Error").FirstOrDefault();
            var failure = new AwsServiceException(action,
                error?.Element(Ns + "Code")?.Value ?? (response.StatusCode == HttpStatusCode.TooManyRequests ? "TooManyRequestsException" : $"Http{(int)response.StatusCode}"),
                error?.Element(Ns + "Message")?.Value ?? string.Empty,
                response.StatusCode);
            if (AwsRetryPolicy.RetryAfter(response.Headers.RetryAfter, time.GetUtcNow()) is { } after)
            {
                failure.Data[AwsRetryLoop.RetryAfterKey] = after;
            }

            throw failure;
        }

        var credentials = document?.Descendants(Ns + "Credentials").FirstOrDefault()
            ?? throw new AwsServiceException(action, "SerializationException", "the answer holds no Credentials element", response.StatusCode);
        return new StsCredentials(
            credentials.Element(Ns + "AccessKeyId")?.Value ?? string.Empty,
            credentials.Element(Ns + "SecretAccessKey")?.Value ?? string.Empty,
            credentials.Element(Ns + "SessionToken")?.Value ?? string.Empty,
            DateTimeOffset.Parse(credentials.Element(Ns + "Expiration")?.Value ?? string.Empty, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
    }

    private static XDocument? TryParse(string text)
    {
        try
        {
            return XDocument.Parse(text);
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }
}
