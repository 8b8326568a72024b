using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Ferry.Templating.Tests.Functions;

/// <summary>A root → intermediate → leaf chain made on the fly (ECDSA, so it is fast), for the PEM and PKCS#12 tests.</summary>
internal sealed class TestPki : IDisposable
{
    private TestPki(X509Certificate2 root, X509Certificate2 intermediate, X509Certificate2 leaf, ECDsa leafKey)
    {
        Root = root;
        Intermediate = intermediate;
        Leaf = leaf;
        LeafKey = leafKey;
    }

    public X509Certificate2 Root { get; }

    public X509Certificate2 Intermediate { get; }

    public X509Certificate2 Leaf { get; }

    public ECDsa LeafKey { get; }

    public static TestPki Create()
    {
        var now = DateTimeOffset.UtcNow;
        using var rootKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var rootRequest = new CertificateRequest("CN=Test Root", rootKey, HashAlgorithmName.SHA256);
        rootRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        var root = rootRequest.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));

        using var intermediateKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var intermediateRequest = new CertificateRequest("CN=Test Intermediate", intermediateKey, HashAlgorithmName.SHA256);
        intermediateRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var intermediatePublic = intermediateRequest.Create(root, now.AddDays(-1), now.AddDays(20), [1, 2]);
        var intermediate = intermediatePublic.CopyWithPrivateKey(intermediateKey);

        var leafKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var leafRequest = new CertificateRequest("CN=leaf.example.com", leafKey, HashAlgorithmName.SHA256);
        var sans = new SubjectAlternativeNameBuilder();
        sans.AddDnsName("leaf.example.com");
        sans.AddDnsName("alt.example.com");
        sans.AddIpAddress(IPAddress.Parse("10.0.0.1"));
        sans.AddEmailAddress("ops@example.com");
        sans.AddUri(new Uri("spiffe://example.com/ns/default"));
        leafRequest.CertificateExtensions.Add(sans.Build());
        var leaf = leafRequest.Create(intermediate, now.AddDays(-1), now.AddDays(10), [3, 4]);
        return new TestPki(root, intermediate, leaf, leafKey);
    }

    public static string Pem(X509Certificate2 certificate) => certificate.ExportCertificatePem() + "\n";

    /// <summary>A PKCS#12 with the leaf's key and the whole chain, in a scrambled order.</summary>
    public byte[] Pkcs12(string password)
    {
        using var leafWithKey = Leaf.CopyWithPrivateKey(LeafKey);
        using var root = X509CertificateLoader.LoadCertificate(Root.RawData);
        using var intermediate = X509CertificateLoader.LoadCertificate(Intermediate.RawData);
        var collection = new X509Certificate2Collection { root, leafWithKey, intermediate };
        return collection.Export(X509ContentType.Pkcs12, password)!;
    }

    public void Dispose()
    {
        Root.Dispose();
        Intermediate.Dispose();
        Leaf.Dispose();
        LeafKey.Dispose();
    }
}
