using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Ferry.Testing.Backends.Azure;
using Ferry.Testing.Backends.Vault;

namespace Ferry.EndToEnd.Tests.Backends;

/// <summary>
/// Each real backend end to end through the built <c>ferry dev</c>, driven with kubectl only: the test seeds a value
/// in the backend's fake, applies the backend's example (examples/&lt;backend&gt;, placeholders filled in) in a
/// namespace of its own, waits for the store and the ExternalSecret to be Ready, reads the Secret, then changes the
/// value in the fake, forces a sync by annotation and sees the Secret follow.
/// </summary>
[Trait("Category", "Integration")]
public sealed class BackendsEndToEndTests(BackendsFixture backends) : IClassFixture<BackendsFixture>
{
    private Kubectl Kubectl => backends.Kubectl;

    private SyncScenarios Scenarios => new(backends.Kubectl);

    [Fact]
    public Task Vault_AppRoleExample_SyncsAndFollowsAChange() => InNamespaceAsync("e2e-vault", async ns =>
    {
        var (roleId, secretId) = backends.Vault.AddAppRole("ferry");
        backends.Vault.WriteSecretJson("secret", "app/db", """{"username":"app","password":"vault-first"}""");
        await Kubectl.ApplyAsync(ExampleManifests.Load(
            "vault",
            ["approle-secret.yaml", "secretstore.yaml", "externalsecret.yaml"],
            ("namespace: default", $"namespace: {ns}"),
            ("http://vault.vault.svc:8200", backends.Vault.Address.ToString().TrimEnd('/')),
            ("REPLACE-WITH-THE-ROLE-ID", roleId),
            ("REPLACE-WITH-THE-SECRET-ID", secretId)));

        await SyncedAsync(ns, "secretstore", "vault", "app-db");
        Assert.Equal("vault-first", await Kubectl.SecretValueAsync(ns, "app-db", "password"));
        Assert.Equal("app", await Kubectl.SecretValueAsync(ns, "app-db", "username"));

        backends.Vault.WriteSecretJson("secret", "app/db", """{"username":"app","password":"vault-second"}""");
        await Scenarios.ForceSyncAsync(ns, "app-db");
        await Scenarios.WaitForValueAsync(ns, "app-db", "password", "vault-second");
        Assert.Equal(1, backends.Vault.Logins("approle"));
    });

    [Fact]
    public Task Vault_KubernetesAuthOverTlsExample_TokenCheckedThroughTheDevClustersTokenReview() => InNamespaceAsync("e2e-vault-k8s", async ns =>
    {
        var vault = backends.VaultTls;
        // Vault reviews tokens with a reviewer's own token and trusts the API server's CA (token_reviewer_jwt,
        // kubernetes_ca_cert), both from the dev cluster.
        await Kubectl.RunAsync("create", "serviceaccount", "vault-token-reviewer", "-n", ns);
        var reviewer = await Kubectl.RunAsync("create", "token", "vault-token-reviewer", "-n", ns);
        var cluster = new Uri(await Kubectl.RunAsync("config", "view", "--raw", "--minify", "-o", "jsonpath={.clusters[0].cluster.server}"));
        var clusterCa = Encoding.UTF8.GetString(Convert.FromBase64String(
            await Kubectl.RunAsync("config", "view", "--raw", "--minify", "-o", "jsonpath={.clusters[0].cluster.certificate-authority-data}")));
        vault.AddKubernetesRole("ferry", new VaultFakeKubernetesConfig(cluster, reviewer, clusterCa), ["vault-auth"], [ns], audience: "vault");
        vault.WriteSecretJson("secret", "app/db", """{"username":"app","password":"vault-k8s-first"}""");
        await Kubectl.RunAsync("create", "secret", "generic", "vault-ca", "-n", ns, $"--from-literal=ca.crt={vault.CaCertificatePem}");
        await Kubectl.ApplyAsync(ExampleManifests.Load(
            "vault",
            ["kubernetes-auth.yaml", "externalsecret.yaml"],
            ("namespace: default", $"namespace: {ns}"),
            ("https://vault.vault.svc:8200", vault.Address.ToString().TrimEnd('/')),
            ("    name: vault\n", "    name: vault-kubernetes\n")));

        await SyncedAsync(ns, "secretstore", "vault-kubernetes", "app-db");
        Assert.Equal("vault-k8s-first", await Kubectl.SecretValueAsync(ns, "app-db", "password"));

        vault.WriteSecretJson("secret", "app/db", """{"username":"app","password":"vault-k8s-second"}""");
        await Scenarios.ForceSyncAsync(ns, "app-db");
        await Scenarios.WaitForValueAsync(ns, "app-db", "password", "vault-k8s-second");
        Assert.Equal(1, vault.Logins("kubernetes"));
    });

    [Fact]
    public Task AwsSecretsManager_StaticKeysExample_SyncsAndFollowsAChange() => InNamespaceAsync("e2e-aws-sm", async ns =>
    {
        backends.Aws.SecretsManager.PutString("app/db", """{"username":"app","password":"sm-first"}""");
        await Kubectl.ApplyAsync(ExampleManifests.Load(
            "aws", ["credentials-secret.yaml", "secretstore.yaml"], ("namespace: default", $"namespace: {ns}")));

        await SyncedAsync(ns, "secretstore", "aws-secrets-manager", "app-db");
        Assert.Equal("sm-first", await Kubectl.SecretValueAsync(ns, "app-db", "password"));
        Assert.Equal("app", await Kubectl.SecretValueAsync(ns, "app-db", "username"));

        backends.Aws.SecretsManager.PutString("app/db", """{"username":"app","password":"sm-second"}""");
        await Scenarios.ForceSyncAsync(ns, "app-db");
        await Scenarios.WaitForValueAsync(ns, "app-db", "password", "sm-second");
    });

    [Fact]
    public Task AwsParameterStore_StaticKeysExample_SyncsAndFollowsAChange() => InNamespaceAsync("e2e-aws-ps", async ns =>
    {
        backends.Aws.ParameterStore.Put("/app/config", """{"log_level":"info","api_key":"ps-first"}""", type: "SecureString");
        await Kubectl.ApplyAsync(ExampleManifests.Load(
            "aws", ["credentials-secret.yaml", "parameterstore.yaml"], ("namespace: default", $"namespace: {ns}")));

        await SyncedAsync(ns, "secretstore", "aws-parameter-store", "app-config");
        Assert.Equal("ps-first", await Kubectl.SecretValueAsync(ns, "app-config", "api-key"));
        Assert.Equal("info", await Kubectl.SecretValueAsync(ns, "app-config", "log_level"));

        backends.Aws.ParameterStore.Put("/app/config", """{"log_level":"info","api_key":"ps-second"}""", type: "SecureString");
        await Scenarios.ForceSyncAsync(ns, "app-config");
        await Scenarios.WaitForValueAsync(ns, "app-config", "api-key", "ps-second");
    });

    [Fact]
    public Task AzureKeyVault_ServicePrincipalExample_SyncsAndFollowsAChange() => InNamespaceAsync("e2e-azure", async ns =>
    {
        var azure = backends.Azure;
        azure.AddClientSecret("9a1c6f3e-0b7d-4d0e-8f5a-00000000c1e1", "s3cr3t-client-password");
        azure.SetSecret("db-password", "azure-first");
        azure.SetSecret("db-config", """{"user":"app","host":"db.internal"}""");
        azure.SetSecret("web-session-key", "session-key-1", new AzureFakeSecretOptions { Tags = new Dictionary<string, string> { ["app"] = "web" } });
        using var certificateKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var certificate = new CertificateRequest("CN=web.example", certificateKey, HashAlgorithmName.SHA256)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        azure.SetCertificate("web-tls", certificate);
        using var signingKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        azure.SetKey("signing", signingKey);
        await Kubectl.ApplyAsync(ExampleManifests.Load(
            "azure",
            ["secretstore.yaml", "externalsecret.yaml"],
            ("namespace: default", $"namespace: {ns}"),
            ("https://127.0.0.1:8443/", azure.VaultUri.ToString())));

        await SyncedAsync(ns, "secretstore", "azure-kv", "web");
        Assert.Equal("azure-first", await Kubectl.SecretValueAsync(ns, "web", "password"));
        Assert.Equal("app", await Kubectl.SecretValueAsync(ns, "web", "db-user"));
        Assert.Equal("db.internal", await Kubectl.SecretValueAsync(ns, "web", "host"));
        Assert.Equal("session-key-1", await Kubectl.SecretValueAsync(ns, "web", "web-session-key"));
        Assert.Equal(certificate.RawData, await Kubectl.SecretBytesAsync(ns, "web", "tls.cer"));
        using var jwk = JsonDocument.Parse(await Kubectl.SecretValueAsync(ns, "web", "signing.jwk") ?? "null");
        Assert.Equal("EC", jwk.RootElement.GetProperty("kty").GetString());

        azure.SetSecret("db-password", "azure-second");
        await Scenarios.ForceSyncAsync(ns, "web");
        await Scenarios.WaitForValueAsync(ns, "web", "password", "azure-second");
        Assert.Equal(1, azure.Authentications);
    });

    [Fact]
    public Task GcpSecretManager_ServiceAccountKeyExample_SyncsAndFollowsAChange() => InNamespaceAsync("e2e-gcp", async ns =>
    {
        var gcp = backends.Gcp;
        var key = gcp.CreateServiceAccountKey();
        gcp.AddVersion("db", """{"username":"app","password":"gcp-first"}""");
        gcp.AddSecret("payments-api-key", new Dictionary<string, string> { ["team"] = "payments" });
        gcp.AddVersion("payments-api-key", "payments-key-1");
        await Kubectl.ApplyAsync(ExampleManifests.Load(
            "gcp",
            ["credentials-secret.yaml", "secretstore.yaml", "externalsecret.yaml"],
            ("namespace: default", $"namespace: {ns}"),
            ("REPLACE-WITH-THE-SERVICE-ACCOUNT-KEY-JSON", ExampleManifests.Quote(key))));

        await SyncedAsync(ns, "secretstore", "gcp", "db");
        Assert.Equal("gcp-first", await Kubectl.SecretValueAsync(ns, "db", "password"));
        Assert.Equal("app", await Kubectl.SecretValueAsync(ns, "db", "username"));
        Assert.Equal("payments-key-1", await Kubectl.SecretValueAsync(ns, "db", "payments-api-key"));

        gcp.AddVersion("db", """{"username":"app","password":"gcp-second"}""");
        await Scenarios.ForceSyncAsync(ns, "db");
        await Scenarios.WaitForValueAsync(ns, "db", "password", "gcp-second");
        Assert.Equal(1, gcp.Authentications);
    });

    [Fact]
    public Task Webhook_BearerTokenOverTlsExample_SyncsAndFollowsAChange() => InNamespaceAsync("e2e-webhook", async ns =>
    {
        var webhook = backends.Webhook;
        var token = $"token-{Guid.NewGuid():N}";
        webhook.RequiredAuthorization = $"Bearer {token}";
        webhook.SetSecret("api-token", "webhook-first");
        webhook.SetSecret("api-config", """{"endpoint":"https://api.example.com","region":"eu-west-1"}""");
        await Kubectl.RunAsync("create", "secret", "generic", "webhook-ca", "-n", ns, $"--from-literal=ca.crt={webhook.AuthorityPem}");
        await Kubectl.ApplyAsync(ExampleManifests.Load(
            "webhook",
            ["credentials-secret.yaml", "secretstore.yaml", "externalsecret.yaml"],
            ("namespace: app", $"namespace: {ns}"),
            ("https://secrets.example.internal/", webhook.Url.ToString()),
            ("REPLACE-WITH-THE-API-TOKEN", token)));

        await SyncedAsync(ns, "secretstore", "http-secrets", "api-token");
        Assert.Equal("webhook-first", await Kubectl.SecretValueAsync(ns, "api-token", "token"));
        Assert.Equal("eu-west-1", await Kubectl.SecretValueAsync(ns, "api-token", "region"));

        webhook.SetSecret("api-token", "webhook-second");
        await Scenarios.ForceSyncAsync(ns, "api-token");
        await Scenarios.WaitForValueAsync(ns, "api-token", "token", "webhook-second");
    });

    private async Task SyncedAsync(string ns, string storeKind, string store, string externalSecret)
    {
        await Scenarios.WaitForReadyAsync(storeKind, ns, store);
        await Scenarios.WaitForReadyAsync("externalsecret", ns, externalSecret);
    }

    /// <summary>
    /// Runs a scenario in a fresh namespace, deleted afterwards; a failure carries what ferry printed, which is where
    /// a provider's reason usually is.
    /// </summary>
    private async Task InNamespaceAsync(string prefix, Func<string, Task> scenario)
    {
        var ns = SyncScenarios.UniqueName(prefix);
        try
        {
            await Kubectl.ApplyAsync($"apiVersion: v1\nkind: Namespace\nmetadata:\n  name: {ns}\n");
            await scenario(ns);
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            throw new TimeoutException($"{e.Message}\nferry dev:\n{backends.Ferry.Transcript}", e);
        }
        finally
        {
            await Kubectl.TryRunAsync(null, "delete", "namespace", ns, "--wait=false", "--ignore-not-found");
        }
    }
}
