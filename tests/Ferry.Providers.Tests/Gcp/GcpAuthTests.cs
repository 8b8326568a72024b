using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Gcp;
using Ferry.Testing.Backends.Gcp;

namespace Ferry.Providers.Tests.Gcp;

public sealed class GcpAuthTests
{
    private const string Audience = "//iam.googleapis.com/projects/123/locations/global/workloadIdentityPools/pool/providers/k8s";
    private const string Email = "reader@fake-project.iam.gserviceaccount.com";

    [Fact]
    public async Task Federation_TrustedServiceAccountToken_ExchangesAndImpersonates()
    {
        await using var backend = await GcpTestBackend.StartAsync();
        backend.Fake.AddVersion("db", "v");
        backend.Fake.TrustSubjectToken("k8s-token", Audience);
        backend.Fake.AllowImpersonation(Email);
        var tokens = new StaticServiceAccountTokens("k8s-token");

        await using var client = await backend.Provider.CreateClientAsync(backend.Context(FederationSpec(Email), tokens), CancellationToken.None);

        Assert.Equal("v", (await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "db" }, CancellationToken.None)).Reveal());
        Assert.Equal(2, backend.Fake.Authentications);
        var request = Assert.Single(tokens.Requests);
        Assert.Equal(("default", "ferry"), (request.Namespace, request.Name));
        Assert.Contains(Audience, request.Audiences);
    }

    [Fact]
    public async Task Federation_UntrustedToken_FailsWithoutLeakingIt()
    {
        await using var backend = await GcpTestBackend.StartAsync();
        var tokens = new StaticServiceAccountTokens("forged-token");

        var error = await Assert.ThrowsAsync<ProviderException>(
            () => backend.Provider.CreateClientAsync(backend.Context(FederationSpec(null), tokens), CancellationToken.None).AsTask());

        Assert.Contains("invalid_grant", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("forged-token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Federation_NoTokenSource_FailsClearly()
    {
        await using var backend = await GcpTestBackend.StartAsync();

        var error = await Assert.ThrowsAsync<ProviderException>(
            () => backend.Provider.CreateClientAsync(backend.Context(FederationSpec(null)), CancellationToken.None).AsTask());

        Assert.Contains("ServiceAccount tokens", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GkeWorkloadIdentity_ClusterNamed_ExchangesForIdentityNamespace()
    {
        await using var backend = await GcpTestBackend.StartAsync();
        backend.Fake.AddVersion("db", "v");
        backend.Fake.TrustSubjectToken(
            "gke-token",
            "identitynamespace:fake-project.svc.id.goog:https://container.googleapis.com/v1/projects/fake-project/locations/europe-west1/clusters/prod");
        var tokens = new StaticServiceAccountTokens("gke-token");
        var spec = new GcpSecretManagerProvider
        {
            ProjectID = GcpSecretManagerFake.Project,
            Auth = new GcpSecretManagerAuth
            {
                WorkloadIdentity = new GcpWorkloadIdentity
                {
                    ClusterLocation = "europe-west1",
                    ClusterName = "prod",
                    ServiceAccountRef = new ServiceAccountSelector { Name = "ferry" },
                },
            },
        };

        await using var client = await backend.Provider.CreateClientAsync(backend.Context(spec, tokens), CancellationToken.None);

        Assert.Equal("v", (await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "db" }, CancellationToken.None)).Reveal());
        Assert.Equal(["fake-project.svc.id.goog"], Assert.Single(tokens.Requests).Audiences);
    }

    [Fact]
    public async Task ServiceAccountKey_UnknownToTheTokenEndpoint_IsRefused()
    {
        await using var backend = await GcpTestBackend.StartAsync();
        await using var other = await GcpSecretManagerFake.StartAsync();
        var foreignKey = other.CreateServiceAccountKey("stranger@fake-project.iam.gserviceaccount.com")
            .Replace(other.TokenUri.AbsoluteUri, backend.Fake.TokenUri.AbsoluteUri, StringComparison.Ordinal);
        backend.Secrets.Add("default", "gcp-key", "2", ("credentials.json", foreignKey));

        var error = await Assert.ThrowsAsync<ProviderException>(() => backend.ClientAsync());

        Assert.Contains("token request refused", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceAccountKey_AssertionSignedByAnotherKey_IsRefusedForItsSignature()
    {
        await using var backend = await GcpTestBackend.StartAsync();
        await using var other = await GcpSecretManagerFake.StartAsync();
        // The same account the backend knows (the default email), but a private key it never issued.
        var wrongKey = other.CreateServiceAccountKey()
            .Replace(other.TokenUri.AbsoluteUri, backend.Fake.TokenUri.AbsoluteUri, StringComparison.Ordinal);
        backend.Secrets.Add("default", "gcp-key", "2", ("credentials.json", wrongKey));

        var error = await Assert.ThrowsAsync<ProviderException>(() => backend.ClientAsync());

        Assert.Contains("Invalid JWT Signature", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIVATE KEY", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, backend.Fake.Authentications);
    }

    [Fact]
    public void ValidateStore_NamespacedStoreReferencingOtherNamespace_IsInvalid()
    {
        using var provider = new Ferry.Providers.Gcp.GcpSecretManagerSecretsProvider();
        var spec = GcpTestBackend.KeySpec();
        spec.Auth!.SecretRef!.SecretAccessKeySecretRef!.Namespace = "elsewhere";

        var result = provider.ValidateStore(TestStores.Identity(), new SecretStoreSpec { Provider = new SecretStoreProvider { GcpSecretManager = spec } });

        Assert.False(result.IsValid);
    }

    private static GcpSecretManagerProvider FederationSpec(string? email) => new()
    {
        ProjectID = GcpSecretManagerFake.Project,
        Auth = new GcpSecretManagerAuth
        {
            WorkloadIdentityFederation = new GcpWorkloadIdentityFederation
            {
                Audience = Audience,
                GcpServiceAccountEmail = email,
                ServiceAccountRef = new ServiceAccountSelector { Name = "ferry" },
            },
        },
    };
}
