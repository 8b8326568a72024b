using System.Text.Json.Nodes;
using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Gcp;
using Ferry.Testing.Backends.Gcp;

namespace Ferry.Providers.Tests.Gcp;

/// <summary>workloadIdentityFederation's other subject token sources: a credConfig ConfigMap and AWS keys.</summary>
public sealed class GcpFederationTests
{
    private const string Audience = "//iam.googleapis.com/projects/123/locations/global/workloadIdentityPools/pool/providers/ext";
    private const string Email = "reader@fake-project.iam.gserviceaccount.com";
    private const string IdTokenType = "urn:ietf:params:oauth:token-type:id_token";
    private const string AwsTokenType = "urn:ietf:params:aws:token-type:aws4_request";

    [Fact]
    public async Task CredConfig_UrlSourceWithJsonFormat_ExchangesAndImpersonates()
    {
        await using var backend = await GcpTestBackend.StartAsync();
        backend.Fake.AddVersion("db", "v");
        backend.Fake.ServeExternalToken("oidc-token");
        backend.Fake.TrustSubjectToken("oidc-token", Audience);
        backend.Fake.AllowImpersonation(Email);
        var config = Config(backend, UrlSource(backend));
        config["service_account_impersonation_url"] = new Uri(backend.Fake.IamCredentialsEndpoint, $"v1/projects/-/serviceAccounts/{Email}:generateAccessToken").AbsoluteUri;
        AddConfig(backend, config);

        await using var client = await backend.Provider.CreateClientAsync(backend.Context(Spec(backend.Fake.ExternalTokenUri.AbsoluteUri)), CancellationToken.None);

        Assert.Equal("v", (await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "db" }, CancellationToken.None)).Reveal());
        Assert.Equal([IdTokenType], backend.Fake.SubjectTokenTypes);
        Assert.Equal(2, backend.Fake.Authentications);
    }

    [Fact]
    public async Task CredConfig_FileSourceWithSpecAudience_SpecAudienceWins()
    {
        await using var backend = await GcpTestBackend.StartAsync();
        backend.Fake.AddVersion("db", "v");
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, "file-token\n");
            backend.Fake.TrustSubjectToken("file-token", Audience);
            var config = Config(backend, new JsonObject { ["file"] = file });
            config["audience"] = "//iam.googleapis.com/projects/123/locations/global/workloadIdentityPools/pool/providers/other";
            AddConfig(backend, config);
            var spec = Spec(null);
            spec.Auth!.WorkloadIdentityFederation!.Audience = Audience;

            await using var client = await backend.Provider.CreateClientAsync(backend.Context(spec), CancellationToken.None);

            Assert.Equal("v", (await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "db" }, CancellationToken.None)).Reveal());
            Assert.Equal(1, backend.Fake.Authentications);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task CredConfig_ExecutableSourceAndForeignTokenUrl_RefusedNamingEachFieldBeforeAnyExchange()
    {
        await using var backend = await GcpTestBackend.StartAsync();
        var config = Config(backend, new JsonObject { ["executable"] = new JsonObject { ["command"] = "/bin/cat /etc/shadow" } });
        config["token_url"] = "https://attacker.example/token";
        AddConfig(backend, config);

        var error = await Assert.ThrowsAsync<ProviderException>(() => CreateAsync(backend, Spec(null)));

        Assert.Contains("credential_source.executable.command is not allowed", error.Message, StringComparison.Ordinal);
        Assert.Contains("token_url \"https://attacker.example/token\" must match", error.Message, StringComparison.Ordinal);
        Assert.Empty(backend.Fake.SubjectTokenTypes);
    }

    [Theory]
    [InlineData("/var/run/secrets/kubernetes.io/serviceaccount/token")]
    [InlineData("/var/run/secrets/kubernetes.io/serviceaccount/../serviceaccount/token")]
    [InlineData("/run/secrets/kubernetes.io/serviceaccount/token")]
    public async Task CredConfig_OperatorServiceAccountTokenFile_IsRefused(string path)
    {
        await using var backend = await GcpTestBackend.StartAsync();
        AddConfig(backend, Config(backend, new JsonObject { ["file"] = path }));

        var error = await Assert.ThrowsAsync<ProviderException>(() => CreateAsync(backend, Spec(null)));

        Assert.Contains("credential_source.file may not read the operator's own ServiceAccount token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CredConfig_UrlNotTheExternalTokenEndpoint_IsRefused()
    {
        await using var backend = await GcpTestBackend.StartAsync();
        AddConfig(backend, Config(backend, UrlSource(backend)));

        var error = await Assert.ThrowsAsync<ProviderException>(() => CreateAsync(backend, Spec("https://elsewhere.example/token")));

        Assert.Contains("does not match with the configured \"https://elsewhere.example/token\" externalTokenEndpoint", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CredConfig_SubjectTokenNotTrusted_FailsWithoutQuotingIt()
    {
        await using var backend = await GcpTestBackend.StartAsync();
        backend.Fake.ServeExternalToken("leaky-oidc-token");
        AddConfig(backend, Config(backend, UrlSource(backend)));

        var error = await Assert.ThrowsAsync<ProviderException>(() => CreateAsync(backend, Spec(backend.Fake.ExternalTokenUri.AbsoluteUri)));

        Assert.Contains("invalid_grant", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("leaky-oidc-token", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CredConfig_UrlSourceRefusesTheRequest_FailsWithTheStatus()
    {
        await using var backend = await GcpTestBackend.StartAsync();
        var source = UrlSource(backend);
        source.Remove("headers");
        backend.Fake.ServeExternalToken("oidc-token");
        AddConfig(backend, Config(backend, source));

        var error = await Assert.ThrowsAsync<ProviderException>(() => CreateAsync(backend, Spec(backend.Fake.ExternalTokenUri.AbsoluteUri)));

        Assert.Contains("answered HTTP 403", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CredConfig_ServiceAccountKeyInsteadOfExternalAccount_IsRefusedWithoutQuotingTheKey()
    {
        await using var backend = await GcpTestBackend.StartAsync();
        backend.ConfigMaps[("default", "gcp-wif")] = new() { ["config.json"] = backend.Fake.CreateServiceAccountKey() };

        var error = await Assert.ThrowsAsync<ProviderException>(() => CreateAsync(backend, Spec(null)));

        Assert.Contains("'type' field is \"service_account\" (expected \"external_account\")", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIVATE KEY", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CredConfig_MissingKey_NamesKeyAndConfigMap()
    {
        await using var backend = await GcpTestBackend.StartAsync();
        backend.ConfigMaps[("default", "gcp-wif")] = new() { ["other.json"] = "{}" };

        var error = await Assert.ThrowsAsync<ProviderException>(() => CreateAsync(backend, Spec(null)));

        Assert.Contains("missing key \"config.json\" in configmap \"default/gcp-wif\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Federation_CredConfigAndServiceAccountRef_IsRefused()
    {
        await using var backend = await GcpTestBackend.StartAsync();
        var spec = Spec(null);
        spec.Auth!.WorkloadIdentityFederation!.ServiceAccountRef = new ServiceAccountSelector { Name = "ferry" };

        var error = await Assert.ThrowsAsync<ProviderException>(() => CreateAsync(backend, spec));

        Assert.Contains("exactly one of credConfig, awsSecurityCredentials or serviceAccountRef", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AwsSecurityCredentials_SignedCallerIdentity_ExchangesAsAws4Request()
    {
        await using var backend = await GcpTestBackend.StartAsync();
        backend.Fake.AddVersion("db", "v");
        backend.Fake.TrustAwsAccessKey("AKIDFERRYTEST", "aws-secret-value");
        backend.Fake.AllowImpersonation(Email);
        backend.Secrets.Add("default", "aws-creds", "1", ("aws_access_key_id", "AKIDFERRYTEST"), ("aws_secret_access_key", "aws-secret-value"), ("aws_session_token", "session"));

        await using var client = await backend.Provider.CreateClientAsync(backend.Context(AwsSpec(Email)), CancellationToken.None);

        Assert.Equal("v", (await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "db" }, CancellationToken.None)).Reveal());
        Assert.Equal([AwsTokenType], backend.Fake.SubjectTokenTypes);
        Assert.Equal(2, backend.Fake.Authentications);
    }

    [Fact]
    public async Task AwsSecurityCredentials_WrongSecretKey_IsRefusedForTheSignatureWithoutQuotingKeys()
    {
        await using var backend = await GcpTestBackend.StartAsync();
        backend.Fake.TrustAwsAccessKey("AKIDFERRYTEST", "aws-secret-value");
        backend.Secrets.Add("default", "aws-creds", "1", ("aws_access_key_id", "AKIDFERRYTEST"), ("aws_secret_access_key", "wrong-secret-value"));

        var error = await Assert.ThrowsAsync<ProviderException>(() => CreateAsync(backend, AwsSpec(null)));

        Assert.Contains("signature we calculated does not match", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-secret-value", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, backend.Fake.Authentications);
    }

    [Fact]
    public async Task AwsSecurityCredentials_SecretWithoutKeys_NamesTheKeysNotTheValues()
    {
        await using var backend = await GcpTestBackend.StartAsync();
        backend.Secrets.Add("default", "aws-creds", "1", ("aws_access_key_id", "AKIDFERRYTEST"));

        var error = await Assert.ThrowsAsync<ProviderException>(() => CreateAsync(backend, AwsSpec(null)));

        Assert.Contains("aws_access_key_id and aws_secret_access_key keys must be present", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("AKIDFERRYTEST", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AwsSecurityCredentials_WithoutAudience_IsRefused()
    {
        await using var backend = await GcpTestBackend.StartAsync();
        var spec = AwsSpec(null);
        spec.Auth!.WorkloadIdentityFederation!.Audience = null;

        var error = await Assert.ThrowsAsync<ProviderException>(() => CreateAsync(backend, spec));

        Assert.Contains("audience must be provided", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateStore_NamespacedStoreNamingAnotherNamespacesCredConfigOrAwsSecret_IsInvalid()
    {
        using var provider = new Ferry.Providers.Gcp.GcpSecretManagerSecretsProvider();
        var credConfig = Spec(null);
        credConfig.Auth!.WorkloadIdentityFederation!.CredConfig!.Namespace = "elsewhere";
        var aws = AwsSpec(null);
        aws.Auth!.WorkloadIdentityFederation!.AwsSecurityCredentials!.AwsCredentialsSecretRef.Namespace = "elsewhere";

        var results = new[] { credConfig, aws }.Select(spec =>
            provider.ValidateStore(TestStores.Identity(), new SecretStoreSpec { Provider = new SecretStoreProvider { GcpSecretManager = spec } }));

        Assert.All(results, result => Assert.False(result.IsValid));
    }

    private static async Task CreateAsync(GcpTestBackend backend, GcpSecretManagerProvider spec) =>
        await (await backend.Provider.CreateClientAsync(backend.Context(spec), CancellationToken.None)).DisposeAsync();

    private static JsonObject UrlSource(GcpTestBackend backend) => new()
    {
        ["url"] = backend.Fake.ExternalTokenUri.AbsoluteUri,
        ["headers"] = new JsonObject { ["Metadata-Flavor"] = "Ferry" },
        ["format"] = new JsonObject { ["type"] = "json", ["subject_token_field_name"] = "id_token" },
    };

    private static JsonObject Config(GcpTestBackend backend, JsonObject source) => new()
    {
        ["type"] = "external_account",
        ["audience"] = Audience,
        ["subject_token_type"] = IdTokenType,
        ["token_url"] = backend.Fake.StsEndpoint.AbsoluteUri,
        ["credential_source"] = source,
    };

    private static void AddConfig(GcpTestBackend backend, JsonObject config) =>
        backend.ConfigMaps[("default", "gcp-wif")] = new() { ["config.json"] = config.ToJsonString() };

    private static GcpSecretManagerProvider Spec(string? externalTokenEndpoint) => new()
    {
        ProjectID = GcpSecretManagerFake.Project,
        Auth = new GcpSecretManagerAuth
        {
            WorkloadIdentityFederation = new GcpWorkloadIdentityFederation
            {
                CredConfig = new GcpConfigMapReference { Name = "gcp-wif", Key = "config.json" },
                ExternalTokenEndpoint = externalTokenEndpoint,
            },
        },
    };

    private static GcpSecretManagerProvider AwsSpec(string? email) => new()
    {
        ProjectID = GcpSecretManagerFake.Project,
        Auth = new GcpSecretManagerAuth
        {
            WorkloadIdentityFederation = new GcpWorkloadIdentityFederation
            {
                Audience = Audience,
                GcpServiceAccountEmail = email,
                AwsSecurityCredentials = new GcpAwsSecurityCredentials
                {
                    Region = "eu-west-1",
                    AwsCredentialsSecretRef = new GcpAwsCredentialsSecretRef { Name = "aws-creds" },
                },
            },
        },
    };
}
