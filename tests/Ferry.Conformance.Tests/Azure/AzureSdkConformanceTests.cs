using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Azure.Security.KeyVault.Certificates;
using Azure.Security.KeyVault.Secrets;
using Ferry.Testing.Backends.Azure;
using Microsoft.Extensions.Time.Testing;

namespace Ferry.Conformance.Tests.Azure;

/// <summary>
/// The Azure .NET SDK (SecretClient, CertificateClient) with the real Azure.Identity credentials, pointed at the
/// fake vault and its authority host: keeps the fake's protocol honest.
/// </summary>
[Trait("Category", "Integration")]
public sealed class AzureSdkConformanceTests : IAsyncLifetime
{
    private const string ClientId = "c0ffee00-1234-4321-8888-00000000000a";
    private const string Secret = "conformance-secret";
    private AzureKeyVaultFake _fake = null!;

    public async Task InitializeAsync()
    {
        _fake = await AzureKeyVaultFake.StartAsync(new AzureKeyVaultFakeOptions { PageSize = 3 });
        _fake.AddClientSecret(ClientId, Secret);
    }

    public Task DisposeAsync() => _fake.DisposeAsync().AsTask();

    [Theory]
    [InlineData(SecretClientOptions.ServiceVersion.V7_5)]
    [InlineData(SecretClientOptions.ServiceVersion.V2025_07_01)]
    [InlineData(SecretClientOptions.ServiceVersion.V2026_04_01)]
    public async Task SecretClient_SetGetVersionsAndUpdate_RoundTrip(SecretClientOptions.ServiceVersion version)
    {
        var client = Secrets(SecretCredential(), version);

        var first = (await client.SetSecretAsync("app", "one")).Value;
        var secret = new KeyVaultSecret("app", "two");
        secret.Properties.ContentType = "text/plain";
        secret.Properties.Tags["env"] = "prod";
        var second = (await client.SetSecretAsync(secret)).Value;
        second.Properties.Tags["env"] = "staging";
        await client.UpdateSecretPropertiesAsync(second.Properties);

        var latest = (await client.GetSecretAsync("app")).Value;
        Assert.Equal("two", latest.Value);
        Assert.Equal("text/plain", latest.Properties.ContentType);
        Assert.Equal("staging", latest.Properties.Tags["env"]);
        Assert.Equal(second.Properties.Version, latest.Properties.Version);
        Assert.Equal("one", (await client.GetSecretAsync("app", first.Properties.Version)).Value.Value);
        var versions = new List<string>();
        await foreach (var v in client.GetPropertiesOfSecretVersionsAsync("app"))
        {
            versions.Add(v.Version);
        }

        Assert.Equal(2, versions.Count);
        Assert.Equal(1, _fake.Challenges);
    }

    [Fact]
    public async Task SecretClient_List_FollowsNextLinkPaging()
    {
        for (var i = 0; i < 8; i++)
        {
            _fake.SetSecret($"s{i}", "v");
        }

        var names = new List<string>();
        await foreach (var item in Secrets(SecretCredential()).GetPropertiesOfSecretsAsync())
        {
            names.Add(item.Name);
        }

        Assert.Equal(8, names.Count);
        Assert.Equal(3, _fake.Calls("ListSecrets"));
    }

    [Fact]
    public async Task SecretClient_Missing_SurfacesSecretNotFound()
    {
        var error = await Assert.ThrowsAsync<RequestFailedException>(() => Secrets(SecretCredential()).GetSecretAsync("nope"));

        Assert.Equal(404, error.Status);
        Assert.Equal("SecretNotFound", error.ErrorCode);
    }

    [Fact]
    public async Task SecretClient_DeleteRecoverPurge_FollowSoftDeleteRules()
    {
        var client = Secrets(SecretCredential());
        await client.SetSecretAsync("temp", "v");

        var deletion = await client.StartDeleteSecretAsync("temp");
        await deletion.WaitForCompletionAsync();
        var conflict = await Assert.ThrowsAsync<RequestFailedException>(() => client.SetSecretAsync("temp", "again"));
        var recovery = await client.StartRecoverDeletedSecretAsync("temp");
        await recovery.WaitForCompletionAsync();
        Assert.Equal("v", (await client.GetSecretAsync("temp")).Value.Value);
        await (await client.StartDeleteSecretAsync("temp")).WaitForCompletionAsync();
        await client.PurgeDeletedSecretAsync("temp");

        Assert.Equal(409, conflict.Status);
        Assert.False(_fake.IsDeleted(AzureFakeObjectKind.Secret, "temp"));
        Assert.Null(_fake.Get(AzureFakeObjectKind.Secret, "temp"));
    }

    [Fact]
    public async Task CertificateClient_ImportAndGet_ReturnsCerAndBackingSecret()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=conformance", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var client = new CertificateClient(_fake.VaultUri, SecretCredential(), Configure(new CertificateClientOptions { DisableChallengeResourceVerification = true }));

        var imported = (await client.ImportCertificateAsync(new ImportCertificateOptions("web", certificate.Export(X509ContentType.Pfx)))).Value;
        var read = (await client.GetCertificateAsync("web")).Value;

        Assert.Equal(certificate.RawData, imported.Cer);
        Assert.Equal(certificate.RawData, read.Cer);
        Assert.Equal("web", read.Name);
        Assert.True((await Secrets(SecretCredential()).GetSecretAsync("web")).Value.Properties.Managed);
    }

    [Fact]
    public async Task ClientCertificateCredential_SignedAssertion_IsAccepted()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=client", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        _fake.AddClientCertificate("cert-app", certificate);
        _fake.SetSecret("x", "by-certificate");
        var credential = new ClientCertificateCredential(_fake.TenantId, "cert-app", certificate, Identity(new ClientCertificateCredentialOptions()));

        Assert.Equal("by-certificate", (await Secrets(credential).GetSecretAsync("x")).Value.Value);
        Assert.Equal(1, _fake.AuthenticationsBy(AzureFakeGrant.ClientCertificate));
    }

    [Fact]
    public async Task WorkloadIdentityCredential_FederatedTokenFile_IsAccepted()
    {
        _fake.AddFederatedIdentity("wi-app", "apps", "reader");
        _fake.SetSecret("x", "by-federation");
        var file = Path.Combine(Directory.CreateTempSubdirectory("ferry-wi-").FullName, "token");
        await File.WriteAllTextAsync(file, _fake.IssueServiceAccountToken("apps", "reader", ["api://AzureADTokenExchange"]));
        var credential = new WorkloadIdentityCredential(Identity(new WorkloadIdentityCredentialOptions { TenantId = _fake.TenantId, ClientId = "wi-app", TokenFilePath = file }));

        Assert.Equal("by-federation", (await Secrets(credential).GetSecretAsync("x")).Value.Value);
        Assert.Equal(1, _fake.AuthenticationsBy(AzureFakeGrant.FederatedToken));
    }

    [Fact]
    public async Task ClientSecretCredential_WrongSecret_FailsAtTheTokenEndpoint()
    {
        var credential = new ClientSecretCredential(_fake.TenantId, ClientId, "wrong", Identity(new ClientSecretCredentialOptions()));

        var error = await Assert.ThrowsAsync<AuthenticationFailedException>(() => Secrets(credential).GetSecretAsync("x"));

        Assert.Contains("AADSTS7000215", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForeignTenantToken_IsRefusedByTheVault()
    {
        await using var other = await AzureKeyVaultFake.StartAsync(new AzureKeyVaultFakeOptions { TenantId = "11111111-2222-3333-4444-555555555555" });
        other.AddClientSecret(ClientId, Secret);
        var token = await new ClientSecretCredential(other.TenantId, ClientId, Secret, Identity(new ClientSecretCredentialOptions(), other))
            .GetTokenAsync(new TokenRequestContext(["https://vault.azure.net/.default"]), CancellationToken.None);
        using var http = new HttpClient(_fake.CreateHttpHandler());
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_fake.VaultUri, "secrets/x?api-version=7.5"));
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token.Token);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenForAnotherResource_IsRefusedForItsAudience()
    {
        var token = await SecretCredential().GetTokenAsync(new TokenRequestContext(["https://management.azure.com/.default"]), CancellationToken.None);

        var response = await SendWithTokenAsync(token.Token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Contains("Invalid audience", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenPastItsLifetime_IsRefusedAsExpired()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var fake = await AzureKeyVaultFake.StartAsync(new AzureKeyVaultFakeOptions { Time = clock });
        fake.AddClientSecret(ClientId, Secret);
        var token = await new ClientSecretCredential(fake.TenantId, ClientId, Secret, Identity(new ClientSecretCredentialOptions(), fake))
            .GetTokenAsync(new TokenRequestContext(["https://vault.azure.net/.default"]), CancellationToken.None);
        fake.SetSecret("x", "v");
        Assert.Equal(HttpStatusCode.OK, (await SendWithTokenAsync(token.Token, fake)).Status);

        clock.Advance(TimeSpan.FromHours(2));
        var expired = await SendWithTokenAsync(token.Token, fake);

        Assert.Equal(HttpStatusCode.Unauthorized, expired.Status);
        Assert.Contains("Token expired", expired.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("secrets/x", HttpStatusCode.BadRequest)]
    [InlineData("secrets/x?api-version=1999-01-01", HttpStatusCode.BadRequest)]
    [InlineData("secrets/x?api-version=7.5", HttpStatusCode.Unauthorized)]
    public async Task RawRequests_ApiVersionAndChallenge_AreEnforced(string path, HttpStatusCode expected)
    {
        using var http = new HttpClient(_fake.CreateHttpHandler());

        using var response = await http.GetAsync(new Uri(_fake.VaultUri, path));

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Unauthorized)
        {
            Assert.Equal($"Bearer authorization=\"{_fake.AuthorityHost.ToString().TrimEnd('/')}/{_fake.TenantId}\", resource=\"https://vault.azure.net\"", response.Headers.WwwAuthenticate.ToString());
        }
    }

    private async Task<(HttpStatusCode Status, string Body)> SendWithTokenAsync(string token, AzureKeyVaultFake? fake = null)
    {
        fake ??= _fake;
        using var http = new HttpClient(fake.CreateHttpHandler());
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(fake.VaultUri, "secrets/x?api-version=7.5"));
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private SecretClient Secrets(TokenCredential credential, SecretClientOptions.ServiceVersion version = SecretClientOptions.ServiceVersion.V2026_04_01) =>
        new(_fake.VaultUri, credential, Configure(new SecretClientOptions(version) { DisableChallengeResourceVerification = true }));

    private ClientSecretCredential SecretCredential() =>
        new(_fake.TenantId, ClientId, Secret, Identity(new ClientSecretCredentialOptions()));

    private T Identity<T>(T options, AzureKeyVaultFake? fake = null)
        where T : TokenCredentialOptions
    {
        fake ??= _fake;
        options.AuthorityHost = fake.AuthorityHost;
        options.Transport = new HttpClientTransport(fake.CreateHttpHandler());
        switch (options)
        {
            case ClientSecretCredentialOptions o:
                o.DisableInstanceDiscovery = true;
                break;
            case ClientCertificateCredentialOptions o:
                o.DisableInstanceDiscovery = true;
                break;
            case WorkloadIdentityCredentialOptions o:
                o.DisableInstanceDiscovery = true;
                break;
        }

        return options;
    }

    private T Configure<T>(T options)
        where T : ClientOptions
    {
        options.Transport = new HttpClientTransport(_fake.CreateHttpHandler());
        options.Retry.MaxRetries = 0;
        return options;
    }
}
