using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace Ferry.Conformance.Tests.Kubernetes;

/// <summary>TokenRequest, TokenReview, service-account tokens as credentials, and client certificates.</summary>
[Trait("Category", "Integration")]
public sealed class KubernetesClientAuthTests(LocalClusterFixture cluster) : IClassFixture<LocalClusterFixture>
{
    private k8s.Kubernetes Client => cluster.Client;

    [Fact]
    public async Task TokenRequest_HonoursAudienceAndExpiry_AndTokenReviewValidatesIt()
    {
        var ns = await cluster.CreateNamespaceAsync("token");
        var request = new Authenticationv1TokenRequest { Spec = new V1TokenRequestSpec { Audiences = ["vault"], ExpirationSeconds = 1200 } };

        var issued = await Client.CoreV1.CreateNamespacedServiceAccountTokenAsync(request, "default", ns);
        var review = await Client.AuthenticationV1.CreateTokenReviewAsync(new V1TokenReview { Spec = new V1TokenReviewSpec { Token = issued.Status.Token, Audiences = ["vault"] } });
        var wrongAudience = await Client.AuthenticationV1.CreateTokenReviewAsync(new V1TokenReview { Spec = new V1TokenReviewSpec { Token = issued.Status.Token, Audiences = ["aws"] } });

        var lifetime = issued.Status.ExpirationTimestamp!.Value - DateTime.UtcNow;
        Assert.InRange(lifetime.TotalSeconds, 1100, 1201);
        var claims = JsonNode.Parse(Base64UrlDecode(issued.Status.Token.Split('.')[1]))!;
        Assert.Equal("vault", (string?)claims["aud"]![0]);
        Assert.Equal($"system:serviceaccount:{ns}:default", (string?)claims["sub"]);
        Assert.True(review.Status.Authenticated);
        Assert.Equal($"system:serviceaccount:{ns}:default", review.Status.User.Username);
        Assert.Contains($"system:serviceaccounts:{ns}", review.Status.User.Groups);
        Assert.NotEqual(true, wrongAudience.Status.Authenticated);
        Assert.False(string.IsNullOrEmpty(wrongAudience.Status.Error));
    }

    [Fact]
    public async Task TokenRequest_ShorterThanTenMinutes_Returns422()
    {
        var ns = await cluster.CreateNamespaceAsync("token");
        var request = new Authenticationv1TokenRequest { Spec = new V1TokenRequestSpec { ExpirationSeconds = 60 } };

        var error = await Assert.ThrowsAsync<HttpOperationException>(() => Client.CoreV1.CreateNamespacedServiceAccountTokenAsync(request, "default", ns));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.Response.StatusCode);
        Assert.Contains("may not specify a duration less than 10 minutes", error.Response.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceAccountToken_AsBearer_AuthenticatesUntilTheAccountIsDeleted()
    {
        var ns = await cluster.CreateNamespaceAsync("token");
        await Client.CoreV1.CreateNamespacedServiceAccountAsync(new V1ServiceAccount { Metadata = new V1ObjectMeta { Name = "robot" } }, ns);
        var issued = await Client.CoreV1.CreateNamespacedServiceAccountTokenAsync(new Authenticationv1TokenRequest { Spec = new V1TokenRequestSpec() }, "robot", ns);
        var config = new KubernetesClientConfiguration { Host = cluster.Server.Url.ToString(), AccessToken = issued.Status.Token, SslCaCerts = [cluster.Server.CaCertificate] };
        using var robot = new k8s.Kubernetes(config);

        var whoami = await robot.AuthenticationV1.CreateSelfSubjectReviewAsync(new V1SelfSubjectReview());
        await Client.CoreV1.DeleteNamespacedServiceAccountAsync("robot", ns);
        var rejected = await Assert.ThrowsAsync<HttpOperationException>(() => robot.CoreV1.ListNamespacedSecretAsync(ns));

        Assert.Equal($"system:serviceaccount:{ns}:robot", whoami.Status.UserInfo.Username);
        Assert.Equal(HttpStatusCode.Unauthorized, rejected.Response.StatusCode);
    }

    [Fact]
    public async Task ClientCertificate_SignedByClusterCa_MapsSubjectToUserAndGroups()
    {
        using var certificate = cluster.Server.IssueClientCertificate("jane", "developers");
        var config = new KubernetesClientConfiguration
        {
            Host = cluster.Server.Url.ToString(),
            ClientCertificateData = Convert.ToBase64String(Encoding.ASCII.GetBytes(certificate.ExportCertificatePem())),
            ClientCertificateKeyData = Convert.ToBase64String(Encoding.ASCII.GetBytes(certificate.GetECDsaPrivateKey()!.ExportPkcs8PrivateKeyPem())),
            SslCaCerts = [cluster.Server.CaCertificate],
        };
        using var jane = new k8s.Kubernetes(config);

        var whoami = await jane.AuthenticationV1.CreateSelfSubjectReviewAsync(new V1SelfSubjectReview());

        Assert.Equal("jane", whoami.Status.UserInfo.Username);
        Assert.Contains("developers", whoami.Status.UserInfo.Groups);
    }

    [Fact]
    public async Task Request_WithUnknownToken_Returns401Status()
    {
        var config = new KubernetesClientConfiguration { Host = cluster.Server.Url.ToString(), AccessToken = "not-a-token", SslCaCerts = [cluster.Server.CaCertificate] };
        using var stranger = new k8s.Kubernetes(config);

        var error = await Assert.ThrowsAsync<HttpOperationException>(() => stranger.CoreV1.ListNamespaceAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, error.Response.StatusCode);
        Assert.Equal("Unauthorized", KubernetesClientCrudTests.Status(error).GetProperty("reason").GetString());
    }

    private static byte[] Base64UrlDecode(string text) => System.Buffers.Text.Base64Url.DecodeFromChars(text);
}
