using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Ferry.LocalCluster.Security;

/// <summary>
/// The cluster's certificate authority: signs the serving certificate and client certificates, and tells whether a
/// presented client certificate is one of its own.
/// </summary>
public sealed class CertificateAuthority : IDisposable
{
    private readonly ECDsa _key;

    private CertificateAuthority(ECDsa key, X509Certificate2 certificate)
    {
        _key = key;
        Certificate = certificate;
    }

    /// <summary>The CA certificate (public part only).</summary>
    public X509Certificate2 Certificate { get; }

    public string CertificatePem => Certificate.ExportCertificatePem() + "\n";

    public static CertificateAuthority Create(TimeProvider time, string commonName = "ferry-local-ca")
    {
        ArgumentNullException.ThrowIfNull(time);
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={commonName}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign | X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = time.GetUtcNow();
        using var withKey = request.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(10));
        var publicOnly = X509CertificateLoader.LoadCertificate(withKey.RawData);
        return new CertificateAuthority(key, publicOnly);
    }

    /// <summary>A serving certificate for the given names, usable by Kestrel.</summary>
    public X509Certificate2 IssueServerCertificate(TimeProvider time, IEnumerable<string> dnsNames, IEnumerable<IPAddress> addresses)
    {
        ArgumentNullException.ThrowIfNull(time);
        var names = new SubjectAlternativeNameBuilder();
        foreach (var dns in dnsNames)
        {
            names.AddDnsName(dns);
        }

        foreach (var address in addresses)
        {
            names.AddIpAddress(address);
        }

        return Issue(time, "CN=kube-apiserver", names.Build(), new Oid("1.3.6.1.5.5.7.3.1", "Server Authentication"));
    }

    /// <summary>A client certificate for a user: CN is the user name, each O a group, as Kubernetes reads them.</summary>
    public X509Certificate2 IssueClientCertificate(TimeProvider time, string user, IEnumerable<string> groups)
    {
        ArgumentNullException.ThrowIfNull(time);
        var subject = new X500DistinguishedNameBuilder();
        foreach (var group in groups ?? [])
        {
            subject.AddOrganizationName(group);
        }

        subject.AddCommonName(user);
        return Issue(time, subject.Build().Name, null, new Oid("1.3.6.1.5.5.7.3.2", "Client Authentication"));
    }

    /// <summary>Whether this CA signed the certificate and it is currently valid.</summary>
    public bool Verify(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(Certificate);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate);
    }

    public void Dispose()
    {
        _key.Dispose();
        Certificate.Dispose();
    }

    private X509Certificate2 Issue(TimeProvider time, string subject, X509Extension? names, Oid usage)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([usage], false));
        if (names is not null)
        {
            request.CertificateExtensions.Add(names);
        }

        var now = time.GetUtcNow();
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7f;
        var generator = X509SignatureGenerator.CreateForECDsa(_key);
        using var issued = request.Create(Certificate.SubjectName, generator, now.AddMinutes(-5), now.AddYears(1), serial);
        using var withKey = issued.CopyWithPrivateKey(key);
        // A PKCS#12 round trip gives a key that TLS on every platform can use.
        return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null);
    }
}
