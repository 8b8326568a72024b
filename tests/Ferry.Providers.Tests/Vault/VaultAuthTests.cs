using System.Buffers.Text;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Vault;
using Ferry.Providers.Vault;
using Ferry.Testing.Backends.Vault;

namespace Ferry.Providers.Tests.Vault;

/// <summary>Every auth method against the fake, which checks credentials as Vault does.</summary>
public sealed class VaultAuthTests : IAsyncLifetime
{
    private readonly VaultSecretsProvider _provider = new();
    private VaultTestTarget _target = null!;

    private VaultFakeServer Fake => _target.RequireFake();

    public async Task InitializeAsync()
    {
        _target = await VaultTestTarget.StartAsync(fakeOnly: true);
        Fake.WriteSecretJson("secret", "app", """{"password":"from-vault"}""");
    }

    public Task DisposeAsync() => _target.DisposeAsync().AsTask();

    [Fact]
    public async Task AppRole_ManyReads_LogInOnce()
    {
        var (roleId, secretId) = Fake.AddAppRole("ferry");
        _target.Secrets.Add("default", "approle", "1", ("secret-id", secretId));
        var auth = new VaultAuth { AppRole = new VaultAppRole { Path = "approle", RoleId = roleId, SecretRef = Ref("approle", "secret-id") } };

        await using var client = await _provider.CreateClientAsync(_target.Store(_target.Spec(auth)), CancellationToken.None);
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal("from-vault", (await client.GetSecretAsync(Read("app", "password"), CancellationToken.None)).Reveal());
        }

        Assert.Equal(1, Fake.Logins("approle"));
    }

    [Fact]
    public async Task AppRole_RoleIdFromSecretAndWrongSecretId_FailsWithoutQuotingIt()
    {
        var (roleId, _) = Fake.AddAppRole("ferry");
        _target.Secrets.Add("default", "approle", "1", ("role-id", roleId), ("secret-id", "wrong-secret-id-value"));
        var auth = new VaultAuth { AppRole = new VaultAppRole { Path = "approle", RoleRef = Ref("approle", "role-id"), SecretRef = Ref("approle", "secret-id") } };

        var error = await Assert.ThrowsAnyAsync<ProviderException>(() => _provider.CreateClientAsync(_target.Store(_target.Spec(auth)), CancellationToken.None).AsTask());

        Assert.Contains("invalid role or secret ID", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-secret-id-value", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("userpass")]
    [InlineData("ldap")]
    public async Task PasswordLogin_UserAndPassword_LogsIn(string type)
    {
        Fake.AddUser("jane", "pa55", type);
        _target.Secrets.Add("default", "user", "1", ("password", "pa55"));
        var auth = type == "ldap"
            ? new VaultAuth { Ldap = new VaultLdapAuth { Path = "ldap", Username = "jane", SecretRef = Ref("user", "password") } }
            : new VaultAuth { UserPass = new VaultUserPassAuth { Path = "userpass", Username = "jane", SecretRef = Ref("user", "password") } };

        await using var client = await _provider.CreateClientAsync(_target.Store(_target.Spec(auth)), CancellationToken.None);

        Assert.Equal("from-vault", (await client.GetSecretAsync(Read("app", "password"), CancellationToken.None)).Reveal());
        Assert.Equal(1, Fake.Logins(type));
    }

    [Fact]
    public async Task Kubernetes_ServiceAccountRef_TokenRequestCheckedThroughTokenReview()
    {
        await using var cluster = await LocalClusterTokenSource.StartClusterAsync("ferry-vault");
        var tokens = new LocalClusterTokenSource(cluster);
        Fake.AddKubernetesRole("ferry", new VaultFakeKubernetesConfig(cluster.Url, cluster.Token), ["ferry-vault"], ["default"], audience: "vault");
        var auth = new VaultAuth
        {
            Kubernetes = new VaultKubernetesAuth
            {
                MountPath = "kubernetes", Role = "ferry",
                ServiceAccountRef = new ServiceAccountSelector { Name = "ferry-vault", Audiences = ["vault"] },
            },
        };

        await using var client = await _provider.CreateClientAsync(_target.Store(_target.Spec(auth), tokens), CancellationToken.None);

        Assert.Equal("from-vault", (await client.GetSecretAsync(Read("app", "password"), CancellationToken.None)).Reveal());
        Assert.Equal(1, Fake.Logins("kubernetes"));
        Assert.Equal(1, tokens.Requests);
    }

    [Fact]
    public async Task Kubernetes_ServiceAccountNotBoundToRole_IsRefused()
    {
        await using var cluster = await LocalClusterTokenSource.StartClusterAsync("ferry-vault", "intruder");
        Fake.AddKubernetesRole("ferry", new VaultFakeKubernetesConfig(cluster.Url, cluster.Token), ["ferry-vault"], ["default"]);
        var auth = new VaultAuth
        {
            Kubernetes = new VaultKubernetesAuth { MountPath = "kubernetes", Role = "ferry", ServiceAccountRef = new ServiceAccountSelector { Name = "intruder" } },
        };

        var error = await Assert.ThrowsAnyAsync<ProviderException>(
            () => _provider.CreateClientAsync(_target.Store(_target.Spec(auth), new LocalClusterTokenSource(cluster)), CancellationToken.None).AsTask());

        Assert.Contains("service account name not authorized", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kubernetes_StoredTokenAndOwnTokenFile_LogIn()
    {
        await using var cluster = await LocalClusterTokenSource.StartClusterAsync("ferry-vault");
        var minted = await new LocalClusterTokenSource(cluster).RequestTokenAsync("default", "ferry-vault", [], 3600, CancellationToken.None);
        Fake.AddKubernetesRole("ferry", new VaultFakeKubernetesConfig(cluster.Url, cluster.Token), ["ferry-vault"], ["default"]);
        _target.Secrets.Add("default", "sa-token", "1", ("token", minted.Token.Reveal()));
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, minted.Token.Reveal());
        try
        {
            var stored = new VaultAuth { Kubernetes = new VaultKubernetesAuth { MountPath = "kubernetes", Role = "ferry", SecretRef = Ref("sa-token", "token") } };
            var own = new VaultAuth { Kubernetes = new VaultKubernetesAuth { MountPath = "kubernetes", Role = "ferry" } };
            var ownProvider = new VaultSecretsProvider(new VaultProviderOptions { OwnServiceAccountTokenPath = file });

            await using var first = await _provider.CreateClientAsync(_target.Store(_target.Spec(stored)), CancellationToken.None);
            await using var second = await ownProvider.CreateClientAsync(_target.Store(_target.Spec(own)), CancellationToken.None);

            Assert.Equal(2, Fake.Logins("kubernetes"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Kubernetes_ServiceAccountRefWithoutTokenSource_FailsClearly()
    {
        var auth = new VaultAuth { Kubernetes = new VaultKubernetesAuth { MountPath = "kubernetes", Role = "r", ServiceAccountRef = new ServiceAccountSelector { Name = "sa" } } };

        var error = await Assert.ThrowsAsync<ProviderException>(() => _provider.CreateClientAsync(_target.Store(_target.Spec(auth)), CancellationToken.None).AsTask());

        Assert.Contains("cannot request ServiceAccount tokens", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jwt_KubernetesServiceAccountToken_VerifiedAgainstClusterJwks()
    {
        await using var cluster = await LocalClusterTokenSource.StartClusterAsync("ferry-vault");
        Fake.AddJwtRole("ferry", ["vault"], jwksUrl: new Uri(cluster.Url, "openid/v1/jwks"));
        var auth = new VaultAuth
        {
            Jwt = new VaultJwtAuth
            {
                Path = "jwt", Role = "ferry",
                KubernetesServiceAccountToken = new VaultKubernetesServiceAccountTokenAuth
                {
                    ServiceAccountRef = new ServiceAccountSelector { Name = "ferry-vault", Audiences = ["vault"] },
                },
            },
        };

        await using var client = await _provider.CreateClientAsync(_target.Store(_target.Spec(auth), new LocalClusterTokenSource(cluster)), CancellationToken.None);

        Assert.Equal("from-vault", (await client.GetSecretAsync(Read("app", "password"), CancellationToken.None)).Reveal());
        Assert.Equal(1, Fake.Logins("jwt"));
    }

    [Fact]
    public async Task Jwt_BadSignature_IsRefused()
    {
        using var trusted = RSA.Create(2048);
        using var other = RSA.Create(2048);
        Fake.AddJwtRole("ferry", ["vault"], jwks: Jwks(trusted));
        _target.Secrets.Add("default", "jwt", "1", ("token", SignJwt(other, "vault")));
        var auth = new VaultAuth { Jwt = new VaultJwtAuth { Path = "jwt", Role = "ferry", SecretRef = Ref("jwt", "token") } };

        var error = await Assert.ThrowsAnyAsync<ProviderException>(() => _provider.CreateClientAsync(_target.Store(_target.Spec(auth)), CancellationToken.None).AsTask());

        Assert.Contains("failed to verify id token signature", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jwt_FromSecretSignedByTrustedKey_LogsIn()
    {
        using var trusted = RSA.Create(2048);
        Fake.AddJwtRole("ferry", ["vault"], jwks: Jwks(trusted));
        _target.Secrets.Add("default", "jwt", "1", ("token", SignJwt(trusted, "vault")));
        var auth = new VaultAuth { Jwt = new VaultJwtAuth { Path = "jwt", Role = "ferry", SecretRef = Ref("jwt", "token") } };

        await using var client = await _provider.CreateClientAsync(_target.Store(_target.Spec(auth)), CancellationToken.None);

        Assert.Equal(1, Fake.Logins("jwt"));
    }

    [Fact]
    public async Task Cert_ClientCertificateOverTls_LogsInAndTrustsTheCaBundle()
    {
        await using var tls = await VaultTestTarget.StartAsync(fakeOnly: true, new VaultFakeOptions { UseTls = true });
        var fake = tls.RequireFake();
        fake.WriteSecretJson("secret", "app", """{"password":"over-tls"}""");
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caRequest = new CertificateRequest("CN=test-ca", caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign, true));
        using var ca = caRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        using var clientKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var client = new CertificateRequest("CN=ferry", clientKey, HashAlgorithmName.SHA256)
            .Create(ca, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddHours(1), [1, 2, 3, 4]);
        fake.AddCertRole("ferry", ca);
        tls.Secrets.Add("default", "client-cert", "1", ("tls.crt", client.ExportCertificatePem()), ("tls.key", clientKey.ExportPkcs8PrivateKeyPem()));
        var spec = tls.Spec(new VaultAuth { Cert = new VaultCertAuth { Path = "cert", VaultRole = "ferry", ClientCert = Ref("client-cert", "tls.crt"), SecretRef = Ref("client-cert", "tls.key") } });
        spec.CaBundle = Convert.ToBase64String(Encoding.UTF8.GetBytes(fake.CaCertificatePem!));

        await using var vault = await _provider.CreateClientAsync(tls.Store(spec), CancellationToken.None);

        Assert.Equal("over-tls", (await vault.GetSecretAsync(Read("app", "password"), CancellationToken.None)).Reveal());
        Assert.Equal(1, fake.Logins("cert"));
    }

    [Fact]
    public async Task Tls_ServerNotSignedByCaBundle_IsRejected()
    {
        await using var tls = await VaultTestTarget.StartAsync(fakeOnly: true, new VaultFakeOptions { UseTls = true });
        using var otherKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var other = new CertificateRequest("CN=other", otherKey, HashAlgorithmName.SHA256).CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        var spec = tls.Spec();
        spec.CaBundle = Convert.ToBase64String(Encoding.UTF8.GetBytes(other.ExportCertificatePem()));

        var error = await Assert.ThrowsAsync<ProviderException>(() => _provider.CreateClientAsync(tls.Store(spec), CancellationToken.None).AsTask());

        Assert.Contains("cannot reach vault", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_LeaseIsExposedForThePoolAndRootTokenNeverExpires()
    {
        var token = Fake.CreateToken(new VaultFakeTokenSettings { Ttl = TimeSpan.FromHours(1), Renewable = false });
        _target.Secrets.Add("default", "short", "1", ("token", token));
        var auth = new VaultAuth { TokenSecretRef = Ref("short", "token") };

        await using var leased = await _provider.CreateClientAsync(_target.Store(_target.Spec(auth)), CancellationToken.None);
        await using var root = await _provider.CreateClientAsync(_target.Store(_target.Spec()), CancellationToken.None);

        var expiresAt = Assert.IsType<DateTimeOffset>(((IExpiringSecretsClient)leased).ExpiresAt);
        Assert.InRange(expiresAt - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(55), TimeSpan.FromMinutes(61));
        Assert.Null(((IExpiringSecretsClient)root).ExpiresAt);
    }

    [Fact]
    public async Task Validate_RevokedToken_IsErrorAndValidTokenIsReady()
    {
        var token = Fake.CreateToken();
        _target.Secrets.Add("default", "t", "1", ("token", token));
        await using var client = await _provider.CreateClientAsync(_target.Store(_target.Spec(new VaultAuth { TokenSecretRef = Ref("t", "token") })), CancellationToken.None);

        var ready = await client.ValidateAsync(CancellationToken.None);
        Fake.RevokeToken(token);
        var revoked = await client.ValidateAsync(CancellationToken.None);

        Assert.Equal(ClientValidationOutcome.Ready, ready.Outcome);
        Assert.Equal(ClientValidationOutcome.Error, revoked.Outcome);
        Assert.StartsWith("invalid vault credentials:", revoked.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ReferentClusterStoreWithoutConsumer_IsUnknownWithoutLoggingIn()
    {
        Fake.AddAppRole("ferry");
        var auth = new VaultAuth { AppRole = new VaultAppRole { Path = "approle", RoleId = "r", SecretRef = new SecretKeySelector { Name = "approle", Key = "secret-id" } } };
        var cluster = TestStores.Identity("css", kind: SecretStoreKind.ClusterSecretStore);

        await using var client = await _provider.CreateClientAsync(_target.Store(_target.Spec(auth), identity: cluster, consumer: null), CancellationToken.None);

        Assert.Equal(ClientValidationOutcome.Unknown, (await client.ValidateAsync(CancellationToken.None)).Outcome);
        Assert.Equal(0, Fake.Logins());
    }

    [Fact]
    public async Task Dispose_LoginToken_IsRevokedButReadyMadeTokenIsNot()
    {
        var (roleId, secretId) = Fake.AddAppRole("ferry");
        _target.Secrets.Add("default", "approle", "1", ("secret-id", secretId));
        var auth = new VaultAuth { AppRole = new VaultAppRole { Path = "approle", RoleId = roleId, SecretRef = Ref("approle", "secret-id") } };

        var login = await _provider.CreateClientAsync(_target.Store(_target.Spec(auth)), CancellationToken.None);
        var ready = await _provider.CreateClientAsync(_target.Store(_target.Spec()), CancellationToken.None);
        await login.DisposeAsync();
        await ready.DisposeAsync();

        Assert.Equal(1, Fake.Revocations);
        Assert.True(Fake.IsTokenValid(Fake.RootToken));
    }

    [Fact]
    public async Task Namespaces_AuthNamespaceDiffersFromSecretsNamespace_HeadersFollowEach()
    {
        Fake.EnableKv("secret", 2, "admin/team-a");
        Fake.WriteSecretJson("secret", "app", """{"password":"team-a"}""", "admin/team-a");
        var (roleId, secretId) = Fake.AddAppRole("ferry", ns: "admin");
        _target.Secrets.Add("default", "approle", "1", ("secret-id", secretId));
        var spec = _target.Spec(new VaultAuth
        {
            Namespace = "admin",
            AppRole = new VaultAppRole { Path = "approle", RoleId = roleId, SecretRef = Ref("approle", "secret-id") },
        });
        spec.Namespace = "admin/team-a";

        await using var client = await _provider.CreateClientAsync(_target.Store(spec), CancellationToken.None);
        var value = await client.GetSecretAsync(Read("app", "password"), CancellationToken.None);

        Assert.Equal("team-a", value.Reveal());
        Assert.Contains(Fake.Requests, r => r.Path == "auth/approle/login" && r.Namespace == "admin");
        Assert.Contains(Fake.Requests, r => r.Path == "secret/data/app" && r.Namespace == "admin/team-a");
    }

    private static SecretKeySelector Ref(string name, string key) => new() { Name = name, Key = key };

    private static ExternalSecretDataRemoteRef Read(string key, string property) => new() { Key = key, Property = property };

    private static JsonObject Jwks(RSA key)
    {
        var parameters = key.ExportParameters(false);
        return new JsonObject
        {
            ["keys"] = new JsonArray(new JsonObject
            {
                ["kty"] = "RSA", ["alg"] = "RS256", ["use"] = "sig",
                ["n"] = Base64Url.EncodeToString(parameters.Modulus), ["e"] = Base64Url.EncodeToString(parameters.Exponent),
            }),
        };
    }

    private static string SignJwt(RSA key, string audience)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = Base64Url.EncodeToString(Encoding.UTF8.GetBytes("""{"alg":"RS256","typ":"JWT"}"""));
        var claims = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(new JsonObject
        {
            ["sub"] = "ci-runner", ["aud"] = audience, ["iat"] = now, ["exp"] = now + 600,
        }.ToJsonString()));
        var signature = key.SignData(Encoding.ASCII.GetBytes(header + "." + claims), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return header + "." + claims + "." + Base64Url.EncodeToString(signature);
    }
}
