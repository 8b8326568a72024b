using System.Text.Json.Nodes;
using Ferry.Api.V1.Providers.Gcp;
using Ferry.Providers.Gcp.Auth;
using Microsoft.Extensions.Time.Testing;

namespace Ferry.Providers.Tests.Gcp;

public sealed class AwsSubjectTokenTests
{
    private const string Audience = "//iam.googleapis.com/projects/123/locations/global/workloadIdentityPools/pool/providers/aws";

    [Fact]
    public async Task CreateAsync_SessionCredentials_SerialisesTheSignedCallerIdentityRequestAsGoogleExpects()
    {
        await using var backend = await GcpTestBackend.StartAsync();
        backend.Secrets.Add("default", "aws-creds", "1", ("aws_access_key_id", "AKIDFERRYTEST"), ("aws_secret_access_key", "s3cr3t"), ("aws_session_token", "session-token"));
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
        var aws = new GcpAwsSecurityCredentials { Region = "eu-west-1", AwsCredentialsSecretRef = new GcpAwsCredentialsSecretRef { Name = "aws-creds" } };

        var token = (await AwsSubjectToken.CreateAsync(backend.Context(), aws, Audience, time, CancellationToken.None)).Reveal();

        Assert.DoesNotContain("{", token, StringComparison.Ordinal);
        var request = JsonNode.Parse(Uri.UnescapeDataString(token))!;
        Assert.Equal("https://sts.eu-west-1.amazonaws.com?Action=GetCallerIdentity&Version=2011-06-15", request["url"]!.GetValue<string>());
        Assert.Equal("POST", request["method"]!.GetValue<string>());
        var headers = request["headers"]!.AsArray().ToDictionary(h => h!["key"]!.GetValue<string>().ToLowerInvariant(), h => h!["value"]!.GetValue<string>());
        Assert.Equal(Audience, headers["x-goog-cloud-target-resource"]);
        Assert.Equal("sts.eu-west-1.amazonaws.com", headers["host"]);
        Assert.Equal("20261128T120000Z", headers["x-amz-date"]);
        Assert.Equal("session-token", headers["x-amz-security-token"]);
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKIDFERRYTEST/20261128/eu-west-1/sts/aws4_request", headers["authorization"], StringComparison.Ordinal);
        Assert.Contains("x-goog-cloud-target-resource", headers["authorization"], StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", token, StringComparison.Ordinal);
        var keys = request["headers"]!.AsArray().Select(h => h!["key"]!.GetValue<string>()).ToList();
        Assert.Equal(keys.Order(StringComparer.OrdinalIgnoreCase), keys);
    }
}
