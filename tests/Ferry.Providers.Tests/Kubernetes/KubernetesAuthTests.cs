using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Ferry.Api.V1;
using Ferry.Api.V1.Providers.Kubernetes;
using Ferry.Providers.Pooling;
using k8s;
using k8s.Models;
using Microsoft.Extensions.Time.Testing;

namespace Ferry.Providers.Tests.Kubernetes;

[Trait("Category", "Integration")]
public sealed class KubernetesAuthTests(KubernetesClusterFixture cluster) : IClassFixture<KubernetesClusterFixture>
{
    private const string Issuer = "https://kubernetes.default.svc.cluster.local";

    [Fact]
    public async Task ServiceAccount_TokenRequest_ReadsAndReportsTheTokenExpiry()
    {
        var ns = await SeedAsync();
        await CreateServiceAccountAsync(ns, "reader");
        var spec = cluster.Spec(ns, new KubernetesAuth { ServiceAccount = new ServiceAccountSelector { Name = "reader" } });

        await using var client = await cluster.ClientAsync(ns, spec);
        var value = await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "db", Property = "password" }, CancellationToken.None);

        Assert.Equal("s3cret", value.Reveal());
        var expiresAt = Assert.IsAssignableFrom<IExpiringSecretsClient>(client).ExpiresAt;
        Assert.NotNull(expiresAt);
        Assert.InRange(expiresAt.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(58), TimeSpan.FromMinutes(61));
    }

    [Fact]
    public async Task ServiceAccount_AudiencesWithoutTheApiServer_TokenIsRejected()
    {
        var ns = await SeedAsync();
        await CreateServiceAccountAsync(ns, "reader");
        var foreign = cluster.Spec(ns, new KubernetesAuth { ServiceAccount = new ServiceAccountSelector { Name = "reader", Audiences = ["vault"] } });
        var both = cluster.Spec(ns, new KubernetesAuth { ServiceAccount = new ServiceAccountSelector { Name = "reader", Audiences = ["vault", Issuer] } });

        await using var rejected = await cluster.ClientAsync(ns, foreign);
        await using var accepted = await cluster.ClientAsync(ns, both);
        var error = await Assert.ThrowsAsync<ProviderException>(
            () => rejected.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "db" }, CancellationToken.None).AsTask());
        var value = await accepted.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "db", Property = "password" }, CancellationToken.None);

        Assert.Contains("unable to get secret", error.Message, StringComparison.Ordinal);
        Assert.Equal("s3cret", value.Reveal());
    }

    [Fact]
    public async Task ServiceAccount_Missing_FailsToBuildTheClient()
    {
        var ns = await SeedAsync();
        var spec = cluster.Spec(ns, new KubernetesAuth { ServiceAccount = new ServiceAccountSelector { Name = "nobody" } });

        var error = await Assert.ThrowsAsync<ProviderException>(() => cluster.ClientAsync(ns, spec));

        Assert.Contains("cannot create service account token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceAccount_PooledClient_IsRebuiltBeforeTheTokenExpires()
    {
        var ns = await SeedAsync();
        await CreateServiceAccountAsync(ns, "reader");
        var spec = cluster.Spec(ns, new KubernetesAuth { ServiceAccount = new ServiceAccountSelector { Name = "reader" } });
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var pool = new SecretsClientPool(time, new SecretsClientPoolOptions { SweepInterval = TimeSpan.Zero, MaxClientAge = TimeSpan.FromDays(1) });
        var context = cluster.Context(ns, spec);
        var key = new StoreClientKey(context.Identity, ns, new CredentialsVersion("1"));
        var builds = 0;
        ValueTask<ISecretsClient> Build(CancellationToken token)
        {
            builds++;
            return cluster.Provider(time).CreateClientAsync(context, token);
        }

        await (await pool.AcquireAsync(key, Build, CancellationToken.None)).DisposeAsync();
        time.Advance(TimeSpan.FromMinutes(50));
        await (await pool.AcquireAsync(key, Build, CancellationToken.None)).DisposeAsync();
        var beforeRenewal = builds;
        time.Advance(TimeSpan.FromMinutes(9.8));
        await using var renewed = await pool.AcquireAsync(key, Build, CancellationToken.None);

        Assert.Equal(1, beforeRenewal);
        Assert.Equal(2, builds);
    }

    [Fact]
    public async Task ClusterStore_ServiceAccountNamespace_MintsTheTokenThere()
    {
        var ns = await SeedAsync();
        var accounts = await cluster.CreateNamespaceAsync("accounts");
        await CreateServiceAccountAsync(accounts, "reader");
        var spec = cluster.Spec(ns, new KubernetesAuth { ServiceAccount = new ServiceAccountSelector { Name = "reader", Namespace = accounts } });

        await using var client = await cluster.ClientAsync(ns, spec, SecretStoreKind.ClusterSecretStore, consumerNamespace: ns);
        var value = await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "db", Property = "password" }, CancellationToken.None);

        Assert.Equal("s3cret", value.Reveal());
    }

    [Fact]
    public async Task ClusterStore_ReferentAuthWithoutConsumer_ValidatesAsUnknownAndCannotRead()
    {
        var ns = await SeedAsync();
        var spec = cluster.Spec(ns, new KubernetesAuth { ServiceAccount = new ServiceAccountSelector { Name = "reader" } });

        await using var client = await cluster.ClientAsync(ns, spec, SecretStoreKind.ClusterSecretStore, consumerNamespace: null);
        var validation = await client.ValidateAsync(CancellationToken.None);

        Assert.Equal(ClientValidationOutcome.Unknown, validation.Outcome);
        await Assert.ThrowsAsync<ProviderException>(() => client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "db" }, CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task ClusterStore_ReferentAuth_UsesTheConsumersServiceAccount()
    {
        var ns = await SeedAsync();
        await CreateServiceAccountAsync(ns, "reader");
        var spec = cluster.Spec(ns, new KubernetesAuth { ServiceAccount = new ServiceAccountSelector { Name = "reader" } });

        await using var client = await cluster.ClientAsync(ns, spec, SecretStoreKind.ClusterSecretStore, consumerNamespace: ns);
        var value = await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "db", Property = "password" }, CancellationToken.None);

        Assert.Equal("s3cret", value.Reveal());
    }

    [Fact]
    public async Task ClientCertificate_SignedByTheClusterCa_Reads()
    {
        var ns = await SeedAsync();
        using var certificate = cluster.Server.IssueClientCertificate("jane", "readers");
        await cluster.PutSecretAsync(ns, "jane-cert", new Dictionary<string, string>
        {
            ["tls.crt"] = certificate.ExportCertificatePem(),
            ["tls.key"] = certificate.GetECDsaPrivateKey()!.ExportPkcs8PrivateKeyPem(),
        });
        var spec = cluster.Spec(ns, new KubernetesAuth
        {
            Cert = new CertAuth
            {
                ClientCert = new SecretKeySelector { Name = "jane-cert", Key = "tls.crt" },
                ClientKey = new SecretKeySelector { Name = "jane-cert", Key = "tls.key" },
            },
        });

        await using var client = await cluster.ClientAsync(ns, spec);
        var value = await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "db", Property = "password" }, CancellationToken.None);

        Assert.Equal("s3cret", value.Reveal());
    }

    [Fact]
    public async Task AuthRef_Kubeconfig_Reads()
    {
        var ns = await SeedAsync();
        await cluster.PutSecretAsync(ns, "kubeconfig", new Dictionary<string, string> { ["config"] = await File.ReadAllTextAsync(cluster.Server.KubeconfigPath) });
        var spec = new KubernetesProvider { RemoteNamespace = ns, AuthRef = new SecretKeySelector { Name = "kubeconfig", Key = "config" } };

        await using var client = await cluster.ClientAsync(ns, spec);
        var value = await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "db", Property = "password" }, CancellationToken.None);

        Assert.Equal("s3cret", value.Reveal());
    }

    [Fact]
    public async Task AuthRef_KubeconfigWithExecPlugin_IsRefused()
    {
        var ns = await SeedAsync();
        var kubeconfig = $"""
            apiVersion: v1
            kind: Config
            current-context: c
            clusters:
            - name: c
              cluster:
                server: {cluster.Server.Url}
            contexts:
            - name: c
              context:
                cluster: c
                user: u
            users:
            - name: u
              user:
                exec:
                  apiVersion: client.authentication.k8s.io/v1
                  command: /bin/sh
                  args: ["-c", "echo pwned"]
            """;
        await cluster.PutSecretAsync(ns, "kubeconfig", new Dictionary<string, string> { ["config"] = kubeconfig });
        var spec = new KubernetesProvider { RemoteNamespace = ns, AuthRef = new SecretKeySelector { Name = "kubeconfig", Key = "config" } };

        var error = await Assert.ThrowsAsync<ProviderException>(() => cluster.ClientAsync(ns, spec));

        Assert.Contains("exec", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthRef_NotAKubeconfig_FailsWithoutQuotingIt()
    {
        var ns = await SeedAsync();
        await cluster.PutSecretAsync(ns, "kubeconfig", new Dictionary<string, string> { ["config"] = "token: hunter2-value: [" });
        var spec = new KubernetesProvider { RemoteNamespace = ns, AuthRef = new SecretKeySelector { Name = "kubeconfig", Key = "config" } };

        var error = await Assert.ThrowsAsync<ProviderException>(() => cluster.ClientAsync(ns, spec));

        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BearerToken_Invalid_FailsWithoutTheToken()
    {
        var ns = await SeedAsync();
        await cluster.PutSecretAsync(ns, "bad-token", new Dictionary<string, string> { ["token"] = "wrong-token-value" });
        var spec = cluster.Spec(ns, new KubernetesAuth { Token = new TokenAuth { BearerToken = new SecretKeySelector { Name = "bad-token", Key = "token" } } });

        await using var client = await cluster.ClientAsync(ns, spec);
        var error = await Assert.ThrowsAsync<ProviderException>(
            () => client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "db" }, CancellationToken.None).AsTask());

        Assert.Contains("Unauthorized", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("wrong-token-value", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BearerToken_SecretMissing_NamesTheReferenceNotAValue()
    {
        var ns = await SeedAsync();
        var spec = cluster.Spec(ns, new KubernetesAuth { Token = new TokenAuth { BearerToken = new SecretKeySelector { Name = "absent", Key = "token" } } });

        var error = await Assert.ThrowsAsync<ProviderException>(() => cluster.ClientAsync(ns, spec));

        Assert.Contains("could not fetch Auth.Token.BearerToken", error.Message, StringComparison.Ordinal);
        Assert.Contains("absent", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecretStore_TokenFromAnotherNamespace_IsRefused()
    {
        var ns = await SeedAsync();
        var other = await cluster.CreateNamespaceAsync("other");
        await cluster.AdminTokenAuthAsync(other, "remote-token");
        var spec = cluster.Spec(ns, new KubernetesAuth { Token = new TokenAuth { BearerToken = new SecretKeySelector { Name = "remote-token", Key = "token", Namespace = other } } });

        var error = await Assert.ThrowsAsync<ProviderException>(() => cluster.ClientAsync(ns, spec));

        Assert.Contains(SecretReferenceScope.NamespaceNotAllowedMessage, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoAuth_AnonymousRequest_IsUnauthorized()
    {
        var ns = await SeedAsync();

        await using var client = await cluster.ClientAsync(ns, cluster.Spec(ns, auth: null));
        var error = await Assert.ThrowsAsync<ProviderException>(
            () => client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "db" }, CancellationToken.None).AsTask());

        Assert.Contains("unable to get secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CaBundle_OfAnotherAuthority_FailsTheTlsHandshake()
    {
        var ns = await SeedAsync();
        var auth = await cluster.AdminTokenAuthAsync(ns);
        var stranger = Convert.ToBase64String(Encoding.ASCII.GetBytes(SelfSignedPem()));

        await using var client = await cluster.ClientAsync(ns, cluster.Spec(ns, auth, caBundle: stranger));
        var error = await Assert.ThrowsAsync<ProviderException>(
            () => client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "db" }, CancellationToken.None).AsTask());

        Assert.Contains("unable to get secret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(cluster.Server.Token, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CaBundle_NotBase64_IsAConfigurationError()
    {
        var ns = await SeedAsync();
        var auth = await cluster.AdminTokenAuthAsync(ns);

        var error = await Assert.ThrowsAsync<ProviderException>(() => cluster.ClientAsync(ns, cluster.Spec(ns, auth, caBundle: "%%%")));

        Assert.Contains("failed to decode ca bundle", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CaProviderType.Secret)]
    [InlineData(CaProviderType.ConfigMap)]
    public async Task CaProvider_SecretOrConfigMap_VerifiesTheServer(CaProviderType type)
    {
        var ns = await SeedAsync();
        var auth = await cluster.AdminTokenAuthAsync(ns);
        if (type == CaProviderType.Secret)
        {
            await cluster.PutSecretAsync(ns, "cluster-ca", new Dictionary<string, string> { ["ca.crt"] = cluster.Server.CaCertificatePem });
        }
        else
        {
            await cluster.Admin.CoreV1.CreateNamespacedConfigMapAsync(
                new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "cluster-ca" }, Data = new Dictionary<string, string> { ["ca.crt"] = cluster.Server.CaCertificatePem } }, ns);
        }

        var spec = cluster.Spec(ns, auth);
        spec.Server!.CaBundle = null;
        spec.Server.CaProvider = new CaProvider { Type = type, Name = "cluster-ca", Key = "ca.crt" };

        await using var client = await cluster.ClientAsync(ns, spec);
        var value = await client.GetSecretAsync(new ExternalSecretDataRemoteRef { Key = "db", Property = "password" }, CancellationToken.None);

        Assert.Equal("s3cret", value.Reveal());
    }

    [Fact]
    public async Task CaProvider_MissingConfigMap_SaysWhichOne()
    {
        var ns = await SeedAsync();
        var auth = await cluster.AdminTokenAuthAsync(ns);
        var spec = cluster.Spec(ns, auth);
        spec.Server!.CaBundle = null;
        spec.Server.CaProvider = new CaProvider { Type = CaProviderType.ConfigMap, Name = "absent-ca", Key = "ca.crt" };

        var error = await Assert.ThrowsAsync<ProviderException>(() => cluster.ClientAsync(ns, spec));

        Assert.Contains("failed to get cert from configmap", error.Message, StringComparison.Ordinal);
        Assert.Contains("absent-ca", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ServerWithoutRulesReview_FallsBackToAccessReview()
    {
        var ns = await SeedAsync();
        var auth = await cluster.AdminTokenAuthAsync(ns);

        await using var client = await cluster.ClientAsync(ns, cluster.Spec(ns, auth));
        var validation = await client.ValidateAsync(CancellationToken.None);

        Assert.Equal(ClientValidationOutcome.Ready, validation.Outcome);
    }

    private async Task<string> SeedAsync()
    {
        var ns = await cluster.CreateNamespaceAsync("auth");
        await cluster.PutSecretAsync(ns, "db", new Dictionary<string, string> { ["password"] = "s3cret" });
        return ns;
    }

    private Task<V1ServiceAccount> CreateServiceAccountAsync(string ns, string name) =>
        cluster.Admin.CoreV1.CreateNamespacedServiceAccountAsync(new V1ServiceAccount { Metadata = new V1ObjectMeta { Name = name } }, ns);

    private static string SelfSignedPem()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=stranger", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return certificate.ExportCertificatePem();
    }
}
