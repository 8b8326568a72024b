using Amazon.Runtime;
using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Aws;
using Ferry.Providers.Aws;
using Ferry.Testing.Backends.Aws;

namespace Ferry.Providers.Tests.Aws;

public sealed class AwsAuthTests : IAsyncLifetime
{
    private AwsBackend _backend = null!;

    public async Task InitializeAsync() => _backend = await AwsBackend.StartAsync();

    public async Task DisposeAsync() => await _backend.DisposeAsync();

    [Fact]
    public async Task StaticKeys_FromSecrets_SignEveryCallWithThatKey()
    {
        if (_backend.Fake is not { } fake)
        {
            return;
        }

        fake.SecretsManager.PutString("s", "v");
        await using var client = await _backend.ClientAsync(AwsServiceType.SecretsManager);

        await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "s" }, default);

        Assert.All(fake.Requests, r => Assert.Equal(fake.DefaultKey.AccessKeyId, r.AccessKeyId));
        Assert.Null(((IExpiringSecretsClient)client).ExpiresAt);
        Assert.Equal(0, fake.Authentications);
    }

    [Fact]
    public async Task StaticKeys_WrongSecretKey_FailsWithTheServicesSignatureError()
    {
        if (_backend.Fake is not { } fake)
        {
            return;
        }

        fake.SecretsManager.PutString("s", "v");
        await using var client = await _backend.Provider.CreateClientAsync(
            _backend.Store(AwsServiceType.SecretsManager, secretAccessKey: "not-the-secret"), default);

        var error = await Assert.ThrowsAnyAsync<ProviderException>(() => client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "s" }, default).AsTask());

        Assert.Contains("InvalidSignatureException", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaticKeys_RevokedKey_IsRejected()
    {
        if (_backend.Fake is not { } fake)
        {
            return;
        }

        fake.SecretsManager.PutString("s", "v");
        await using var client = await _backend.ClientAsync(AwsServiceType.SecretsManager);
        fake.RevokeAccessKey(fake.DefaultKey.AccessKeyId);

        var error = await Assert.ThrowsAnyAsync<ProviderException>(() => client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "s" }, default).AsTask());

        Assert.Contains("UnrecognizedClientException", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaticKeys_MissingCredentialsSecret_IsAStoreErrorNotSecretNotFound()
    {
        var store = _backend.Store(AwsServiceType.SecretsManager, p => p.Auth!.SecretRef!.AccessKeyIDSecretRef = new SecretKeySelector { Name = "missing", Key = "k" });

        var error = await Assert.ThrowsAsync<ProviderException>(() => _backend.Provider.CreateClientAsync(store, default).AsTask());

        Assert.StartsWith("could not fetch accessKeyID secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssumeRole_WithExternalIdAndSessionTags_SignsWithTheRoleSession()
    {
        if (_backend.Fake is not { } fake)
        {
            return;
        }

        var role = fake.Sts.AddRole("reader", externalId: "ext-123");
        fake.SecretsManager.PutString("s", "v");
        var store = _backend.Store(AwsServiceType.SecretsManager, p =>
        {
            p.Role = role;
            p.ExternalID = "ext-123";
            p.SessionTags = [new AwsTag { Key = "team", Value = "a" }];
            p.TransitiveTagKeys = ["team"];
            p.SessionTagsPolicy = AwsSessionTagsPolicy.Simple;
        });

        await using var client = await _backend.Provider.CreateClientAsync(store, default);
        await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "s" }, default);

        var session = Assert.Single(fake.Sts.Sessions);
        Assert.Equal("ext-123", session.ExternalId);
        Assert.Equal("a", session.Tags["team"]);
        Assert.Equal("default", session.Tags["esoNamespace"]);
        Assert.Equal("aws", session.Tags["esoStoreName"]);
        Assert.Equal("SecretStore", session.Tags["esoStoreKind"]);
        Assert.Equal(["team"], session.TransitiveTagKeys);
        Assert.Equal(fake.DefaultKey.PrincipalArn, session.CallerArn);
        Assert.Equal(session.AccessKeyId, fake.Requests[^1].AccessKeyId);
        // STS writes Expiration to the second.
        Assert.InRange((session.ExpiresAt - ((IExpiringSecretsClient)client).ExpiresAt!.Value).Duration(), TimeSpan.Zero, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task AssumeRole_WrongExternalId_FailsWithAccessDenied()
    {
        if (_backend.Fake is not { } fake)
        {
            return;
        }

        var role = fake.Sts.AddRole("guarded", externalId: "right");
        var store = _backend.Store(AwsServiceType.SecretsManager, p => { p.Role = role; p.ExternalID = "wrong"; });

        var error = await Assert.ThrowsAnyAsync<ProviderException>(() => _backend.Provider.CreateClientAsync(store, default).AsTask());

        Assert.Contains("AccessDenied", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdditionalRoles_AreChainedBeforeRole()
    {
        if (_backend.Fake is not { } fake)
        {
            return;
        }

        var first = fake.Sts.AddRole("hop-1");
        var second = fake.Sts.AddRole("hop-2");
        var final = fake.Sts.AddRole("final");
        var store = _backend.Store(AwsServiceType.ParameterStore, p => { p.AdditionalRoles = [first, second]; p.Role = final; });

        await using var client = await _backend.Provider.CreateClientAsync(store, default);

        var sessions = fake.Sts.Sessions;
        Assert.Equal([first, second, final], sessions.Select(s => s.RoleArn));
        Assert.Equal(fake.DefaultKey.PrincipalArn, sessions[0].CallerArn);
        Assert.Contains("assumed-role/hop-1/", sessions[1].CallerArn, StringComparison.Ordinal);
        Assert.Contains("assumed-role/hop-2/", sessions[2].CallerArn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebIdentity_ServiceAccountRoleAnnotation_ExchangesATokenOnce()
    {
        if (_backend.Fake is not { } fake)
        {
            return;
        }

        var role = fake.Sts.AddRole("irsa");
        fake.SecretsManager.PutString("s", "irsa-value");
        var accounts = new TestServiceAccounts(TimeProvider.System);
        accounts.Add("default", "app", new Dictionary<string, string> { ["eks.amazonaws.com/role-arn"] = role });
        fake.Sts.TrustWebIdentityToken("jwt.default.app.0", role);
        using var provider = new AwsSecretsProvider(_backend.Options with { ServiceAccounts = accounts });
        var store = _backend.Store(AwsServiceType.SecretsManager, p => p.Auth = new AwsAuth { Jwt = new AwsJwtAuth { ServiceAccountRef = new ServiceAccountSelector { Name = "app", Audiences = ["extra"] } } }, tokens: accounts);

        await using var client = await provider.CreateClientAsync(store, default);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal("irsa-value", (await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "s" }, default)).Reveal());
        }

        var issued = Assert.Single(accounts.Issued);
        Assert.Equal(["extra", "sts.amazonaws.com"], issued.Audiences);
        var session = Assert.Single(fake.Sts.Sessions);
        Assert.Equal("AssumeRoleWithWebIdentity", session.Action);
        Assert.Equal("external-secrets-provider-aws", session.SessionName);
        Assert.Equal(1, fake.Authentications);
    }

    [Fact]
    public async Task WebIdentity_NoRoleAnnotation_FailsWithEsosMessage()
    {
        var accounts = new TestServiceAccounts(TimeProvider.System);
        accounts.Add("default", "bare", new Dictionary<string, string>());
        using var provider = new AwsSecretsProvider(_backend.Options with { ServiceAccounts = accounts });
        var store = _backend.Store(AwsServiceType.SecretsManager, p => p.Auth = new AwsAuth { Jwt = new AwsJwtAuth { ServiceAccountRef = new ServiceAccountSelector { Name = "bare" } } }, tokens: accounts);

        var error = await Assert.ThrowsAsync<ProviderException>(() => provider.CreateClientAsync(store, default).AsTask());

        Assert.Equal("an IAM role must be associated with service account bare (namespace: default)", error.Message);
    }

    [Fact]
    public async Task WebIdentity_UntrustedToken_IsRejectedBySts()
    {
        if (_backend.Fake is not { } fake)
        {
            return;
        }

        var role = fake.Sts.AddRole("irsa");
        var accounts = new TestServiceAccounts(TimeProvider.System);
        accounts.Add("default", "app", new Dictionary<string, string> { ["eks.amazonaws.com/role-arn"] = role });
        using var provider = new AwsSecretsProvider(_backend.Options with { ServiceAccounts = accounts });
        var store = _backend.Store(AwsServiceType.SecretsManager, p => p.Auth = new AwsAuth { Jwt = new AwsJwtAuth { ServiceAccountRef = new ServiceAccountSelector { Name = "app" } } }, tokens: accounts);

        var error = await Assert.ThrowsAnyAsync<ProviderException>(() => provider.CreateClientAsync(store, default).AsTask());

        Assert.Contains("InvalidIdentityToken", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("jwt.default", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DefaultChain_NoAuth_UsesTheConfiguredCredentials()
    {
        if (_backend.Fake is not { } fake)
        {
            return;
        }

        fake.SecretsManager.PutString("s", "ambient");
        var ambient = fake.AddAccessKey("node-role");
        using var provider = new AwsSecretsProvider(_backend.Options with
        {
            DefaultCredentials = _ => ValueTask.FromResult<AWSCredentials>(new BasicAWSCredentials(ambient.AccessKeyId, ambient.SecretAccessKey)),
        });

        await using var client = await provider.CreateClientAsync(_backend.Store(AwsServiceType.SecretsManager, p => p.Auth = null), default);

        Assert.Equal("ambient", (await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "s" }, default)).Reveal());
        Assert.Equal(ambient.AccessKeyId, fake.Requests[^1].AccessKeyId);
    }

    [Fact]
    public async Task SessionToken_Expired_IsRejectedByTheService()
    {
        if (_backend.Fake is not { } fake)
        {
            return;
        }

        fake.SecretsManager.PutString("s", "v");
        var temporary = new AwsFakeAccessKey("ASIATEMPORARY0001", "temporary-secret", "arn:aws:sts::123456789012:assumed-role/r/s", "session-token", DateTimeOffset.UtcNow.AddSeconds(-1));
        fake.AddAccessKey(temporary);
        var store = _backend.Store(AwsServiceType.SecretsManager, p => p.Auth!.SecretRef!.SessionTokenSecretRef = new SecretKeySelector { Name = "aws", Key = "token" },
            accessKeyId: temporary.AccessKeyId, secretAccessKey: temporary.SecretAccessKey);
        var withToken = store with { Credentials = new MapCredentials(new Dictionary<string, string> { ["aws/access-key"] = temporary.AccessKeyId, ["aws/secret-key"] = temporary.SecretAccessKey, ["aws/token"] = "session-token" }) };

        await using var client = await _backend.Provider.CreateClientAsync(withToken, default);
        var error = await Assert.ThrowsAnyAsync<ProviderException>(() => client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "s" }, default).AsTask());

        Assert.Contains("ExpiredTokenException", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClusterStoreWithReferentAuth_ValidatesAsUnknown()
    {
        var store = _backend.Store(AwsServiceType.SecretsManager, identity: TestStores.Identity("aws", kind: SecretStoreKind.ClusterSecretStore));

        await using var client = await _backend.Provider.CreateClientAsync(store, default);

        Assert.Equal(ClientValidationOutcome.Unknown, (await client.ValidateAsync(default)).Outcome);
    }

    [Theory]
    [InlineData(null, "SecretsManager", true, null, "region is required")]
    [InlineData("us-east-1", "CertificateManager", false, null, "service CertificateManager is not supported by Ferry; use SecretsManager or ParameterStore")]
    [InlineData("us-east-1", "SecretsManager", true, 7L, "invalid SecretsManager settings: ForceDeleteWithoutRecovery conflicts with RecoveryWindowInDays")]
    [InlineData("us-east-1", "SecretsManager", false, 3L, "invalid SecretsManager settings: RecoveryWindowInDays must be between 7 and 30 days")]
    public void ValidateStore_InvalidSpec_ReportsTheProblem(string? region, string service, bool force, long? window, string expected)
    {
        var spec = new SecretStoreSpec
        {
            Provider = new SecretStoreProvider
            {
                Aws = new AwsProvider
                {
                    Region = region ?? string.Empty,
                    Service = Enum.Parse<AwsServiceType>(service),
                    SecretsManager = new AwsSecretsManager { ForceDeleteWithoutRecovery = force, RecoveryWindowInDays = window },
                },
            },
        };

        Assert.Equal(expected, _backend.Provider.ValidateStore(TestStores.Identity(), spec).Error);
    }

    [Fact]
    public void ValidateStore_NamespacedStoreReferencingOtherNamespace_IsInvalid()
    {
        var store = _backend.Store(AwsServiceType.SecretsManager, p => p.Auth!.SecretRef!.AccessKeyIDSecretRef!.Namespace = "elsewhere");

        Assert.Equal(SecretReferenceScope.NamespaceNotAllowedMessage, _backend.Provider.ValidateStore(store.Identity, store.Spec).Error);
    }
}
