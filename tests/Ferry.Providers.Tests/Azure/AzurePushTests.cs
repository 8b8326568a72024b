using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Ferry.Api.V1Alpha1;
using Ferry.Testing.Backends.Azure;

namespace Ferry.Providers.Tests.Azure;

public sealed class AzurePushTests : IAsyncLifetime
{
    private AzureTestVault _vault = null!;
    private ISecretsClient _client = null!;

    private AzureKeyVaultFake Fake => _vault.Fake;

    public async Task InitializeAsync()
    {
        _vault = await AzureTestVault.StartAsync();
        _client = await _vault.ClientAsync();
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        await _vault.DisposeAsync();
    }

    [Fact]
    public async Task Push_NewSecret_WritesValueManagedByTagAndMetadata()
    {
        var metadata = """{"apiVersion":"kubernetes.external-secrets.io/v1alpha1","kind":"PushSecretMetadata","spec":{"expirationDate":"2030-12-31T20:00:00Z","contentType":"text/plain","tags":{"team":"a"}}}""";

        await _client.PushSecretAsync(Request("password", "pushed", "p@ss", metadata), CancellationToken.None);

        var stored = Fake.Get(AzureFakeObjectKind.Secret, "pushed")!;
        Assert.Equal("p@ss", stored.Value);
        Assert.Equal("text/plain", stored.ContentType);
        Assert.Equal("external-secrets", stored.Tags!["managed-by"]);
        Assert.Equal("a", stored.Tags["team"]);
        Assert.Equal(DateTimeOffset.Parse("2030-12-31T20:00:00Z", System.Globalization.CultureInfo.InvariantCulture), stored.Expires);
    }

    [Fact]
    public async Task Push_SameValueTwice_WritesOneVersion()
    {
        await _client.PushSecretAsync(Request("password", "pushed", "v"), CancellationToken.None);
        await _client.PushSecretAsync(Request("password", "pushed", "v"), CancellationToken.None);
        await _client.PushSecretAsync(Request("password", "pushed", "w"), CancellationToken.None);

        Assert.Equal(2, Fake.Calls("SetSecret"));
        Assert.Equal(2, Fake.Versions(AzureFakeObjectKind.Secret, "pushed").Count);
    }

    [Fact]
    public async Task Push_ExistingContentTypeWithoutMetadata_KeepsIt()
    {
        await _client.PushSecretAsync(Request("password", "pushed", "v1", """{"spec":{"contentType":"application/json"}}"""), CancellationToken.None);
        await _client.PushSecretAsync(Request("password", "pushed", "v2"), CancellationToken.None);

        Assert.Equal("application/json", Fake.Get(AzureFakeObjectKind.Secret, "pushed")!.ContentType);
    }

    [Fact]
    public async Task Push_UnmanagedSecret_IsRefusedAndLeftAlone()
    {
        Fake.SetSecret("theirs", "original");

        var error = await Assert.ThrowsAsync<ProviderException>(() => _client.PushSecretAsync(Request("password", "theirs", "mine"), CancellationToken.None).AsTask());

        Assert.Equal("cannot get secret theirs: not managed by external-secrets", error.Message);
        Assert.Equal("original", Fake.Get(AzureFakeObjectKind.Secret, "theirs")!.Value);
    }

    [Fact]
    public async Task Push_ManagedByInMetadataTags_IsRefused()
    {
        var error = await Assert.ThrowsAsync<ProviderException>(() => _client.PushSecretAsync(
            Request("password", "x", "v", """{"spec":{"tags":{"managed-by":"me"}}}"""), CancellationToken.None).AsTask());

        Assert.Equal("error parsing tags in metadata: Cannot specify a 'managed-by' tag", error.Message);
    }

    [Fact]
    public async Task Push_WholeSecret_WritesSortedJsonWithoutHtmlEscaping()
    {
        var data = new Dictionary<string, SecretValue> { ["b"] = SecretValue.FromString("<2>"), ["a"] = SecretValue.FromString("1") };
        var request = new PushSecretRequest(data, new PushSecretData { Match = new PushSecretMatch { RemoteRef = new PushSecretRemoteRef { RemoteKey = "whole" } } });

        await _client.PushSecretAsync(request, CancellationToken.None);

        Assert.Equal("""{"a":"1","b":"<2>"}""", Fake.Get(AzureFakeObjectKind.Secret, "whole")!.Value);
    }

    [Fact]
    public async Task Delete_ManagedSecret_SoftDeletesAndPushRecoversIt()
    {
        await _client.PushSecretAsync(Request("password", "cycle", "v1"), CancellationToken.None);

        await _client.DeleteSecretAsync(Remote("cycle"), CancellationToken.None);
        Assert.True(Fake.IsDeleted(AzureFakeObjectKind.Secret, "cycle"));
        Assert.False(await _client.SecretExistsAsync(Remote("cycle"), CancellationToken.None));

        await _client.PushSecretAsync(Request("password", "cycle", "v2"), CancellationToken.None);
        Assert.Equal(1, Fake.Calls("RecoverDeletedSecret"));
        Assert.Equal("v2", Fake.Get(AzureFakeObjectKind.Secret, "cycle")!.Value);
    }

    [Fact]
    public async Task Delete_UnmanagedSecret_IsRefused()
    {
        Fake.SetSecret("theirs", "original");

        var error = await Assert.ThrowsAsync<ProviderException>(() => _client.DeleteSecretAsync(Remote("theirs"), CancellationToken.None).AsTask());

        Assert.Equal("error getting secret theirs: not managed by external-secrets", error.Message);
        Assert.NotNull(Fake.Get(AzureFakeObjectKind.Secret, "theirs"));
    }

    [Fact]
    public async Task Delete_Missing_IsANoOp()
    {
        await _client.DeleteSecretAsync(Remote("never"), CancellationToken.None);
        await _client.DeleteSecretAsync(Remote("key/never"), CancellationToken.None);
        await _client.DeleteSecretAsync(Remote("cert/never"), CancellationToken.None);

        Assert.Equal(0, Fake.Calls("DeleteSecret") + Fake.Calls("DeleteKey") + Fake.Calls("DeleteCertificate"));
    }

    [Fact]
    public async Task Push_PfxCertificate_ImportsItOnceAndReadsBackItsDer()
    {
        using var certificate = SelfSigned();
        var pfx = certificate.Export(X509ContentType.Pfx);

        await _client.PushSecretAsync(Request("tls.pfx", "cert/web", pfx), CancellationToken.None);
        await _client.PushSecretAsync(Request("tls.pfx", "cert/web", pfx), CancellationToken.None);

        Assert.Equal(1, Fake.Calls("ImportCertificate"));
        Assert.Equal(certificate.RawData, Fake.Get(AzureFakeObjectKind.Certificate, "web")!.Certificate);
        Assert.Equal("external-secrets", Fake.Get(AzureFakeObjectKind.Certificate, "web")!.Tags!["managed-by"]);
        Assert.True(await _client.SecretExistsAsync(Remote("cert/web"), CancellationToken.None));
        Assert.Equal(certificate.RawData, (await _client.GetSecretAsync(new() { Key = "cert/web" }, CancellationToken.None)).ToArray());
    }

    [Fact]
    public async Task Push_CertificateImportFailingWith500_IsNotRepeated()
    {
        using var certificate = SelfSigned();
        Fake.InjectFault(AzureFakeFault.ServerError(500), operation: "ImportCertificate");

        var error = await Assert.ThrowsAsync<ProviderException>(
            () => _client.PushSecretAsync(Request("tls.pfx", "cert/web", certificate.Export(X509ContentType.Pfx)), CancellationToken.None).AsTask());

        Assert.Contains("500", error.Message, StringComparison.Ordinal);
        // An import is a POST: the 500 may have come after the vault stored a version, so it is not sent again.
        Assert.Equal(1, Fake.Calls("ImportCertificate"));
    }

    [Fact]
    public async Task Push_SetSecretFailingWith503_IsRetriedBecausePutRepeatsTheSameState()
    {
        Fake.InjectFault(AzureFakeFault.ServerError(503), operation: "SetSecret");

        await _client.PushSecretAsync(Request("password", "db", "v1"), CancellationToken.None);

        Assert.Equal(2, Fake.Calls("SetSecret"));
        Assert.Equal("v1", Fake.Get(AzureFakeObjectKind.Secret, "db")!.Value);
    }

    [Fact]
    public async Task Push_CertificateImportThrottled_IsRetriedBecauseNothingWasDone()
    {
        using var certificate = SelfSigned();
        Fake.InjectFault(AzureFakeFault.Throttle(TimeSpan.Zero), operation: "ImportCertificate");

        await _client.PushSecretAsync(Request("tls.pfx", "cert/web", certificate.Export(X509ContentType.Pfx)), CancellationToken.None);

        Assert.Equal(2, Fake.Calls("ImportCertificate"));
        Assert.Equal(certificate.RawData, Fake.Get(AzureFakeObjectKind.Certificate, "web")!.Certificate);
    }

    [Fact]
    public async Task Push_PemCertificateWithKey_ImportsUnderPemPolicy()
    {
        using var certificate = SelfSigned();
        var pem = certificate.ExportCertificatePem() + "\n" + certificate.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem();

        await _client.PushSecretAsync(Request("tls.pem", "cert/pem", Encoding.UTF8.GetBytes(pem)), CancellationToken.None);

        Assert.Equal(certificate.RawData, Fake.Get(AzureFakeObjectKind.Certificate, "pem")!.Certificate);
        Assert.Equal("application/x-pem-file", Fake.Get(AzureFakeObjectKind.Secret, "pem")!.ContentType);
    }

    [Fact]
    public async Task Push_NotACertificate_IsRefusedBeforeAnyCall()
    {
        var error = await Assert.ThrowsAsync<ProviderException>(() => _client.PushSecretAsync(Request("x", "cert/bad", "nope"u8.ToArray()), CancellationToken.None).AsTask());

        Assert.StartsWith("value from secret is not a valid certificate", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, Fake.TotalCalls);
    }

    [Fact]
    public async Task Push_RsaPrivateKeyPem_ImportsJwkOnce()
    {
        using var rsa = RSA.Create(2048);
        var pem = Encoding.UTF8.GetBytes(rsa.ExportRSAPrivateKeyPem());

        await _client.PushSecretAsync(Request("key.pem", "key/signing", pem), CancellationToken.None);
        await _client.PushSecretAsync(Request("key.pem", "key/signing", pem), CancellationToken.None);

        Assert.Equal(1, Fake.Calls("ImportKey"));
        var stored = Fake.Get(AzureFakeObjectKind.Key, "signing")!;
        Assert.Equal(Base64Url(rsa.ExportParameters(false).Modulus!), stored.Key!["n"]!.GetValue<string>());
        Assert.Null(stored.Key["d"]);
        using var read = JsonDocument.Parse((await _client.GetSecretAsync(new() { Key = "key/signing" }, CancellationToken.None)).Reveal());
        Assert.Equal("RSA", read.RootElement.GetProperty("kty").GetString());
    }

    [Fact]
    public async Task Push_EcPrivateKeyPem_ImportsEcJwk()
    {
        using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        await _client.PushSecretAsync(Request("key.pem", "key/ec", Encoding.UTF8.GetBytes(ec.ExportPkcs8PrivateKeyPem())), CancellationToken.None);

        var stored = Fake.Get(AzureFakeObjectKind.Key, "ec")!;
        Assert.Equal("P-256", stored.Key!["crv"]!.GetValue<string>());
    }

    [Fact]
    public async Task Push_UnsupportedPemBlock_IsRefused()
    {
        var pem = "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"u8.ToArray();

        var error = await Assert.ThrowsAsync<ProviderException>(() => _client.PushSecretAsync(Request("k", "key/pub", pem), CancellationToken.None).AsTask());

        Assert.Equal("could not load private key pub: key type PUBLIC KEY is not supported", error.Message);
    }

    [Fact]
    public async Task Delete_ManagedKeyAndCertificate_DeletesBoth()
    {
        using var rsa = RSA.Create(2048);
        using var certificate = SelfSigned();
        await _client.PushSecretAsync(Request("k", "key/k1", Encoding.UTF8.GetBytes(rsa.ExportPkcs8PrivateKeyPem())), CancellationToken.None);
        await _client.PushSecretAsync(Request("c", "cert/c1", certificate.Export(X509ContentType.Pfx)), CancellationToken.None);

        await _client.DeleteSecretAsync(Remote("key/k1"), CancellationToken.None);
        await _client.DeleteSecretAsync(Remote("cert/c1"), CancellationToken.None);

        Assert.Null(Fake.Get(AzureFakeObjectKind.Key, "k1"));
        Assert.Null(Fake.Get(AzureFakeObjectKind.Certificate, "c1"));
    }

    private static PushSecretRequest Request(string secretKey, string remoteKey, string value, string? metadata = null) =>
        Request(secretKey, remoteKey, Encoding.UTF8.GetBytes(value), metadata);

    private static PushSecretRequest Request(string secretKey, string remoteKey, byte[] value, string? metadata = null) => new(
        new Dictionary<string, SecretValue> { [secretKey] = SecretValue.FromBytes(value) },
        new PushSecretData
        {
            Match = new PushSecretMatch { SecretKey = secretKey, RemoteRef = Remote(remoteKey) },
            Metadata = metadata is null ? null : JsonDocument.Parse(metadata).RootElement.Clone(),
        });

    private static PushSecretRemoteRef Remote(string key) => new() { RemoteKey = key };

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=web", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null, X509KeyStorageFlags.Exportable);
    }
}
