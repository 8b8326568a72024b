using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Ferry.Templating.Functions.Eso;
using Ferry.Templating.Values;
using static Ferry.Templating.Functions.Sprig.SprigValues;

namespace Ferry.Templating.Functions.Sprig;

/// <summary>
/// sprig's certificate generators (genCA, genSelfSignedCert, genSignedCert, their WithKey variants and
/// buildCustomCert). They return a certificate with .Cert and .Key PEM fields; like ESO's, the output is new on
/// every call.
/// </summary>
internal static class CertificateFunctions
{
    private static readonly GoType S = GoType.String;
    private static readonly GoType I = GoType.Int;
    private static readonly GoType L = GoType.ListOfAny;

    public static IEnumerable<GoFunction> All(TimeProvider time)
    {
        yield return new("genCA", [S, I], null, a => Create(time, Text(a[0]), [], [], Days(a[1]), null, null, isCa: true));
        yield return new("genCAWithKey", [S, I, S], null, a => Create(time, Text(a[0]), [], [], Days(a[1]), null, Text(a[2]), isCa: true));
        yield return new("genSelfSignedCert", [S, L, L, I], null, a =>
            Create(time, Text(a[0]), Items(a[1]), Items(a[2]), Days(a[3]), null, null, isCa: false));
        yield return new("genSelfSignedCertWithKey", [S, L, L, I, S], null, a =>
            Create(time, Text(a[0]), Items(a[1]), Items(a[2]), Days(a[3]), null, Text(a[4]), isCa: false));
        yield return new("genSignedCert", [S, L, L, I, SprigCertificate.CertificateType], null, a =>
            Create(time, Text(a[0]), Items(a[1]), Items(a[2]), Days(a[3]), (SprigCertificate)a[4]!, null, isCa: false));
        yield return new("genSignedCertWithKey", [S, L, L, I, SprigCertificate.CertificateType, S], null, a =>
            Create(time, Text(a[0]), Items(a[1]), Items(a[2]), Days(a[3]), (SprigCertificate)a[4]!, Text(a[5]), isCa: false));
        yield return new("buildCustomCert", [S, S], null, a => BuildCustom(Text(a[0]), Text(a[1])));
    }

    private static long Days(object? value) => (long)value!;

    private static List<string> Items(object? value) =>
        value is GoList list ? [.. list.Items.Where(i => i is not null).Select(i => StrVal(i).ToUtf8String())] : [];

    private static SprigCertificate Create(
        TimeProvider time, string commonName, List<string> ips, List<string> dnsNames, long days, SprigCertificate? issuer, string? keyPem, bool isCa)
    {
        using var key = LoadOrCreateKey(keyPem);
        var request = new CertificateRequest(new X500DistinguishedName("CN=" + commonName.Replace(",", "\\,", StringComparison.Ordinal)),
            key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var usages = X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DigitalSignature;
        if (isCa)
        {
            usages |= X509KeyUsageFlags.KeyCertSign;
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        }

        request.CertificateExtensions.Add(new X509KeyUsageExtension(usages, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")], false));
        if (ips.Count > 0 || dnsNames.Count > 0)
        {
            var sans = new SubjectAlternativeNameBuilder();
            foreach (var ip in ips)
            {
                sans.AddIpAddress(IPAddress.TryParse(ip, out var address)
                    ? address
                    : throw new TemplateFunctionException("error parsing ip: " + ip));
            }

            foreach (var dns in dnsNames)
            {
                sans.AddDnsName(dns);
            }

            request.CertificateExtensions.Add(sans.Build());
        }

        var now = time.GetUtcNow();
        var notAfter = now.AddDays(days);
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        X509Certificate2 certificate;
        if (issuer is null)
        {
            certificate = request.Create(request.SubjectName, X509SignatureGenerator.CreateForRSA(key, RSASignaturePadding.Pkcs1), now, notAfter, serial);
        }
        else
        {
            using var caCertificate = X509Certificate2.CreateFromPem(issuer.Cert, issuer.Key);
            using var caKey = caCertificate.GetRSAPrivateKey() ?? throw new TemplateFunctionException("error parsing CA key: not RSA");
            certificate = request.Create(caCertificate.SubjectName, X509SignatureGenerator.CreateForRSA(caKey, RSASignaturePadding.Pkcs1), now, notAfter, serial);
        }

        using (certificate)
        {
            return new SprigCertificate(
                PemBlock.Encode("CERTIFICATE", certificate.RawData),
                PemBlock.Encode("RSA PRIVATE KEY", key.ExportRSAPrivateKey()));
        }
    }

    private static RSA LoadOrCreateKey(string? keyPem)
    {
        if (keyPem is null)
        {
            return RSA.Create(2048);
        }

        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(keyPem);
            return rsa;
        }
        catch (Exception exception) when (exception is ArgumentException or CryptographicException)
        {
            rsa.Dispose();
            throw new TemplateFunctionException("error parsing private key: only RSA keys are supported by Ferry");
        }
    }

    private static SprigCertificate BuildCustom(string certificateBase64, string keyBase64)
    {
        try
        {
            var certificate = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(certificateBase64));
            var key = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(keyBase64));
            using var parsed = X509Certificate2.CreateFromPem(certificate, key);
            return new SprigCertificate(certificate, key);
        }
        catch (FormatException)
        {
            throw new TemplateFunctionException("unable to decode base 64 certificate or key");
        }
        catch (CryptographicException)
        {
            throw new TemplateFunctionException("error parsing certificate or key");
        }
    }
}
