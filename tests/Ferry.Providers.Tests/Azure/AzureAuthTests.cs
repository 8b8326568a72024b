using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Ferry.Api.V1;
using Ferry.Api.V1.Providers.AzureKeyVault;
using Ferry.Testing.Backends.Azure;

namespace Ferry.Providers.Tests.Azure;

public sealed class AzureAuthTests : IAsyncLifetime
{
    private const string WorkloadClientId = "0c5f1d7e-1111-4a2b-9c3d-00000000a0a0";
    private AzureTestVault _vault = null!;

    private AzureKeyVaultFake Fake => _vault.Fake;

    public async Task InitializeAsync()
    {
        _vault = await AzureTestVault.StartAsync();
        Fake.SetSecret("db", "value");
    }

    public Task DisposeAsync() => _vault.DisposeAsync().AsTask();

    [Fact]
    public async Task ServicePrincipalSecret_ManyReadsOfEveryKind_AuthenticatesOnce()
    {
        using var rsa = RSA.Create(2048);
        Fake.SetKey("k", rsa);
        await using var client = await _vault.ClientAsync();

        for (var i = 0; i < 5; i++)
        {
            await client.GetSecretAsync(Ref("db"), CancellationToken.None);
        }

        await client.GetSecretAsync(Ref("key/k"), CancellationToken.None);
        await Assert.ThrowsAsync<SecretNotFoundException>(() => client.GetSecretAsync(Ref("cert/none"), CancellationToken.None).AsTask());

        Assert.Equal(1, Fake.AuthenticationsBy(AzureFakeGrant.ClientSecret));
        Assert.Equal(5, Fake.Calls("GetSecret"));
    }

    [Fact]
    public async Task ServicePrincipalSecret_WrongSecret_FailsWithoutEchoingIt()
    {
        _vault.Secrets.Add("default", "azure-creds", "2", ("client-id", AzureTestVault.ClientId), ("client-secret", "wrong-password-value"));
        await using var client = await _vault.ClientAsync();

        var error = await Assert.ThrowsAsync<ProviderException>(() => client.GetSecretAsync(Ref("db"), CancellationToken.None).AsTask());

        Assert.Contains("authentication failed", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-password-value", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, Fake.TotalCalls);
    }

    [Fact]
    public async Task ServicePrincipalCertificate_PemWithKey_AuthenticatesWithAnAssertion()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=ferry-client", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        Fake.AddClientCertificate("cert-client", certificate);
        _vault.Secrets.Add("default", "cert-creds", "1", ("client-id", "cert-client"), ("tls.pem", certificate.ExportCertificatePem() + "\n" + key.ExportPkcs8PrivateKeyPem()));
        var spec = _vault.Spec();
        spec.AuthSecretRef = new AzureKeyVaultAuth
        {
            ClientId = new SecretKeySelector { Name = "cert-creds", Key = "client-id" },
            ClientCertificate = new SecretKeySelector { Name = "cert-creds", Key = "tls.pem" },
        };
        await using var client = await _vault.ClientAsync(spec);

        var value = await client.GetSecretAsync(Ref("db"), CancellationToken.None);

        Assert.Equal("value", value.Reveal());
        Assert.Equal(1, Fake.AuthenticationsBy(AzureFakeGrant.ClientCertificate));
    }

    [Fact]
    public async Task ServicePrincipal_SecretAndCertificateBoth_IsRejected()
    {
        var spec = _vault.Spec();
        spec.AuthSecretRef!.ClientCertificate = new SecretKeySelector { Name = "azure-creds", Key = "client-secret" };

        var error = await Assert.ThrowsAsync<ProviderException>(() => _vault.ClientAsync(spec).AsTask());

        Assert.Equal("both clientSecret and clientCredentials set", error.Message);
    }

    [Fact]
    public async Task ServicePrincipal_NoTenant_IsRejected()
    {
        var spec = _vault.Spec();
        spec.TenantId = null;

        var error = await Assert.ThrowsAsync<ProviderException>(() => _vault.ClientAsync(spec).AsTask());

        Assert.Equal("missing tenantID in store config", error.Message);
    }

    [Fact]
    public async Task WorkloadIdentity_ServiceAccountAnnotations_MintsFederatedTokenOnceForManyReads()
    {
        Fake.AddFederatedIdentity(WorkloadClientId, "default", "eso-sa");
        var accounts = new RecordingServiceAccounts(Fake, new Dictionary<string, string>
        {
            ["azure.workload.identity/client-id"] = WorkloadClientId,
            ["azure.workload.identity/tenant-id"] = Fake.TenantId,
        });
        var spec = WorkloadSpec(audiences: ["extra-audience"]);
        await using var client = await _vault.ClientAsync(spec, accounts);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("value", (await client.GetSecretAsync(Ref("db"), CancellationToken.None)).Reveal());
        }

        Assert.Equal(1, Fake.AuthenticationsBy(AzureFakeGrant.FederatedToken));
        var minted = Assert.Single(accounts.Requests);
        Assert.Equal(("default", "eso-sa"), (minted.Namespace, minted.Name));
        Assert.Equal(["extra-audience", "api://AzureADTokenExchange"], minted.Audiences);
    }

    [Fact]
    public async Task WorkloadIdentity_ForgedServiceAccountToken_IsRefused()
    {
        Fake.AddFederatedIdentity(WorkloadClientId, "default", "eso-sa");
        var accounts = new RecordingServiceAccounts(Fake, Annotations(), forge: true);
        await using var client = await _vault.ClientAsync(WorkloadSpec(), accounts);

        var error = await Assert.ThrowsAsync<ProviderException>(() => client.GetSecretAsync(Ref("db"), CancellationToken.None).AsTask());

        Assert.Contains("authentication failed", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, Fake.Authentications);
    }

    [Fact]
    public async Task WorkloadIdentity_UntrustedServiceAccount_IsRefused()
    {
        Fake.AddFederatedIdentity(WorkloadClientId, "other-namespace", "eso-sa");
        var accounts = new RecordingServiceAccounts(Fake, Annotations());
        await using var client = await _vault.ClientAsync(WorkloadSpec(), accounts);

        await Assert.ThrowsAsync<ProviderException>(() => client.GetSecretAsync(Ref("db"), CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task WorkloadIdentity_ClientIdInSecretAndAnnotation_IsRejected()
    {
        var accounts = new RecordingServiceAccounts(Fake, new Dictionary<string, string> { ["azure.workload.identity/client-id"] = WorkloadClientId });
        var spec = WorkloadSpec();
        spec.AuthSecretRef = new AzureKeyVaultAuth { ClientId = new SecretKeySelector { Name = "azure-creds", Key = "client-id" } };

        var error = await Assert.ThrowsAsync<ProviderException>(() => _vault.ClientAsync(spec, accounts).AsTask());

        Assert.Equal("multiple clientID found. Check secretRef and serviceAccountRef", error.Message);
    }

    [Fact]
    public async Task WorkloadIdentity_NoClientId_IsRejected()
    {
        var accounts = new RecordingServiceAccounts(Fake, new Dictionary<string, string>());

        var error = await Assert.ThrowsAsync<ProviderException>(() => _vault.ClientAsync(WorkloadSpec(), accounts).AsTask());

        Assert.Equal("missing clientID: either serviceAccountRef or service account annotation 'azure.workload.identity/client-id' is missing", error.Message);
    }

    [Fact]
    public async Task WorkloadIdentity_NoHostSupport_SaysSo()
    {
        var error = await Assert.ThrowsAsync<ProviderException>(() => _vault.ClientAsync(WorkloadSpec()).AsTask());

        Assert.Contains("ServiceAccount token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkloadIdentity_WithoutServiceAccountRef_UsesInjectedEnvironment()
    {
        Fake.AddFederatedIdentity(WorkloadClientId, "ferry-system", "ferry");
        var tokenFile = Path.Combine(Directory.CreateTempSubdirectory("ferry-azure-").FullName, "token");
        await File.WriteAllTextAsync(tokenFile, Fake.IssueServiceAccountToken("ferry-system", "ferry", ["api://AzureADTokenExchange"]));
        var environment = new Dictionary<string, string>
        {
            ["AZURE_CLIENT_ID"] = WorkloadClientId,
            ["AZURE_TENANT_ID"] = Fake.TenantId,
            ["AZURE_FEDERATED_TOKEN_FILE"] = tokenFile,
        };
        await using var vault = await AzureTestVault.StartAsync(configure: o => o with { Environment = name => environment.GetValueOrDefault(name) });
        vault.Fake.AddFederatedIdentity(WorkloadClientId, "ferry-system", "ferry");
        vault.Fake.SetSecret("db", "from-env");
        await File.WriteAllTextAsync(tokenFile, vault.Fake.IssueServiceAccountToken("ferry-system", "ferry", ["api://AzureADTokenExchange"]));
        var spec = vault.Spec(AzureAuthType.WorkloadIdentity);
        await using var client = await vault.ClientAsync(spec);

        var value = await client.GetSecretAsync(Ref("db"), CancellationToken.None);

        Assert.Equal("from-env", value.Reveal());
        Assert.Equal(1, vault.Fake.AuthenticationsBy(AzureFakeGrant.FederatedToken));
    }

    [Fact]
    public async Task WorkloadIdentity_WithoutServiceAccountRefOrEnvironment_IsRejected()
    {
        await using var vault = await AzureTestVault.StartAsync(configure: o => o with { Environment = _ => null });

        var error = await Assert.ThrowsAsync<ProviderException>(() => vault.ClientAsync(vault.Spec(AzureAuthType.WorkloadIdentity)).AsTask());

        Assert.Equal("missing environment variables. AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_FEDERATED_TOKEN_FILE must be set", error.Message);
    }

    [Fact]
    public async Task ClusterStore_ReferentCredentialsWithoutConsumer_ValidatesUnknown()
    {
        var identity = TestStores.Identity("azure", kind: SecretStoreKind.ClusterSecretStore);
        var context = new StoreContext(
            identity, new SecretStoreSpec { Provider = new SecretStoreProvider { AzureKeyVault = _vault.Spec() } }, null, NoCredentials.Instance);

        await using var client = await _vault.Provider.CreateClientAsync(context, CancellationToken.None);

        Assert.Equal(ClientValidationOutcome.Unknown, (await client.ValidateAsync(CancellationToken.None)).Outcome);
    }

    [Fact]
    public void ValidateStore_CustomCloudWithoutNewSdk_IsInvalid()
    {
        var spec = _vault.Spec();
        spec.UseAzureSDK = false;

        var result = _vault.Provider.ValidateStore(TestStores.Identity(), new SecretStoreSpec { Provider = new SecretStoreProvider { AzureKeyVault = spec } });

        Assert.Equal("CustomCloudConfig requires UseAzureSDK to be set to true - the legacy SDK does not support custom clouds", result.Error);
    }

    [Fact]
    public void ValidateStore_SecretFromAnotherNamespace_IsInvalid()
    {
        var spec = _vault.Spec();
        spec.AuthSecretRef!.ClientSecret!.Namespace = "elsewhere";

        var result = _vault.Provider.ValidateStore(TestStores.Identity(), new SecretStoreSpec { Provider = new SecretStoreProvider { AzureKeyVault = spec } });

        Assert.False(result.IsValid);
    }

    private AzureKeyVaultProvider WorkloadSpec(List<string>? audiences = null)
    {
        var spec = _vault.Spec(AzureAuthType.WorkloadIdentity);
        spec.TenantId = null;
        spec.ServiceAccountRef = new ServiceAccountSelector { Name = "eso-sa", Audiences = audiences };
        return spec;
    }

    private Dictionary<string, string> Annotations() => new()
    {
        ["azure.workload.identity/client-id"] = WorkloadClientId,
        ["azure.workload.identity/tenant-id"] = Fake.TenantId,
    };

    private static ExternalSecretDataRemoteRef Ref(string key) => new() { Key = key };
}
