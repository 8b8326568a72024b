using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Ferry.Testing.Backends.Azure;

/// <summary>
/// The fake's serving certificate: self-signed for 127.0.0.1 and localhost, made at start. Azure.Core refuses bearer
/// tokens over plain http, so the fake must speak TLS; clients trust exactly this certificate and nothing else.
/// </summary>
public sealed class AzureFakeTls
{
    // One certificate per test process: RSA key generation is the slowest part of starting a fake.
    private static readonly Lazy<AzureFakeTls> Shared = new(() => Create(TimeProvider.System));

    private AzureFakeTls(X509Certificate2 certificate) => Certificate = certificate;

    public static AzureFakeTls Default => Shared.Value;

    public X509Certificate2 Certificate { get; }

    /// <summary>The certificate as PEM, the form a caBundle-like option takes.</summary>
    public string CertificatePem => Certificate.ExportCertificatePem();

    public static AzureFakeTls Create(TimeProvider time)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=ferry-azure-fake", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var now = time.GetUtcNow();
        using var created = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));
        // Re-import so Kestrel gets a certificate whose private key is usable on every platform.
        var certificate = X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
        return new AzureFakeTls(certificate);
    }

    /// <summary>A handler that trusts the fake's certificate only (for SDK transports and test clients).</summary>
    public HttpMessageHandler CreateHandler()
    {
        var expected = Certificate.RawData;
        return new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, presented, _, errors) =>
                    errors == SslPolicyErrors.None || (presented is not null && presented.GetRawCertData().AsSpan().SequenceEqual(expected)),
            },
        };
    }
}
