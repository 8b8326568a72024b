using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;
using Ferry.Testing.Backends.Aws;

namespace Ferry.Conformance.Tests.Aws;

/// <summary>AWSSDK.SecurityToken against the fake STS (Query protocol, XML answers), and the issued session keys accepted by SSM.</summary>
[Trait("Category", "Integration")]
public sealed class StsSdkConformanceTests : IAsyncLifetime
{
    private AwsFake _fake = null!;

    public async Task InitializeAsync() => _fake = await AwsFake.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task AssumeRole_WithExternalIdAndTags_IssuesCredentialsThatSignSsmCalls()
    {
        var role = _fake.Sts.AddRole("sdk-role", externalId: "ext");
        _fake.ParameterStore.Put("/via/role", "ok");
        using var sts = Sts(new BasicAWSCredentials(_fake.DefaultKey.AccessKeyId, _fake.DefaultKey.SecretAccessKey));

        var assumed = await sts.AssumeRoleAsync(new AssumeRoleRequest
        {
            RoleArn = role,
            RoleSessionName = "sdk",
            ExternalId = "ext",
            DurationSeconds = 900,
            Tags = [new Amazon.SecurityToken.Model.Tag { Key = "team", Value = "a" }],
            TransitiveTagKeys = ["team"],
        });
        var session = new SessionAWSCredentials(assumed.Credentials.AccessKeyId, assumed.Credentials.SecretAccessKey, assumed.Credentials.SessionToken);
        using var ssm = new AmazonSimpleSystemsManagementClient(session, new AmazonSimpleSystemsManagementConfig { ServiceURL = _fake.Endpoint.ToString(), AuthenticationRegion = _fake.Region, MaxErrorRetry = 0 });
        var parameter = await ssm.GetParameterAsync(new GetParameterRequest { Name = "/via/role" });
        using var asRole = Sts(session);
        var identity = await asRole.GetCallerIdentityAsync(new GetCallerIdentityRequest());

        Assert.StartsWith("ASIA", assumed.Credentials.AccessKeyId, StringComparison.Ordinal);
        Assert.InRange(assumed.Credentials.Expiration!.Value, DateTime.UtcNow.AddMinutes(14), DateTime.UtcNow.AddMinutes(16));
        Assert.Equal($"arn:aws:sts::{_fake.AccountId}:assumed-role/sdk-role/sdk", assumed.AssumedRoleUser.Arn);
        Assert.Equal("ok", parameter.Parameter.Value);
        Assert.Equal(assumed.AssumedRoleUser.Arn, identity.Arn);
        Assert.Equal(_fake.AccountId, identity.Account);
        var recorded = Assert.Single(_fake.Sts.Sessions);
        Assert.Equal("a", recorded.Tags["team"]);
        Assert.Equal(["team"], recorded.TransitiveTagKeys);
    }

    [Fact]
    public async Task AssumeRole_WrongExternalId_IsAccessDenied()
    {
        var role = _fake.Sts.AddRole("guarded", externalId: "right");
        using var sts = Sts(new BasicAWSCredentials(_fake.DefaultKey.AccessKeyId, _fake.DefaultKey.SecretAccessKey));

        var error = await Assert.ThrowsAnyAsync<AmazonSecurityTokenServiceException>(() => sts.AssumeRoleAsync(new AssumeRoleRequest { RoleArn = role, RoleSessionName = "s1", ExternalId = "wrong" }));

        Assert.Equal("AccessDenied", error.ErrorCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, error.StatusCode);
    }

    [Fact]
    public async Task AssumeRoleWithWebIdentity_TrustedToken_Unsigned_IssuesCredentials()
    {
        var role = _fake.Sts.AddRole("irsa");
        _fake.Sts.TrustWebIdentityToken("header.payload.signature", role);
        using var sts = Sts(new AnonymousAWSCredentials());

        var assumed = await sts.AssumeRoleWithWebIdentityAsync(new AssumeRoleWithWebIdentityRequest
        {
            RoleArn = role,
            RoleSessionName = "external-secrets-provider-aws",
            WebIdentityToken = "header.payload.signature",
        });
        var untrusted = await Assert.ThrowsAsync<InvalidIdentityTokenException>(() => sts.AssumeRoleWithWebIdentityAsync(new AssumeRoleWithWebIdentityRequest
        {
            RoleArn = role,
            RoleSessionName = "x1",
            WebIdentityToken = "forged",
        }));

        Assert.NotEmpty(assumed.Credentials.SessionToken);
        Assert.Equal("sts.amazonaws.com", assumed.Audience);
        Assert.Equal("InvalidIdentityToken", untrusted.ErrorCode);
        Assert.Equal(1, _fake.Authentications);
    }

    private AmazonSecurityTokenServiceClient Sts(AWSCredentials credentials) => new(
        credentials,
        new AmazonSecurityTokenServiceConfig { ServiceURL = _fake.Endpoint.ToString(), AuthenticationRegion = _fake.Region, MaxErrorRetry = 0 });
}
