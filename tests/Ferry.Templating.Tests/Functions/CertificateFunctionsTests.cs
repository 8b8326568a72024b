using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Ferry.Templating.Tests.Functions;

public sealed class CertificateFunctionsTests
{
    [Fact]
    public void GenCa_AndGenSignedCert_MakeAChainWithTheRequestedNames()
    {
        const string template = """
            {{- $ca := genCA "test-ca" 30 -}}
            {{- $cert := genSignedCert "svc.example.com" (list "10.0.0.7") (list "svc.example.com" "svc") 10 $ca -}}
            {{ $ca.Cert }}|{{ $cert.Cert }}|{{ $cert.Key }}
            """;
        var parts = EsoTemplates.Render(template).Split('|');
        using var ca = X509Certificate2.CreateFromPem(parts[0]);
        using var leaf = X509Certificate2.CreateFromPem(parts[1], parts[2]);
        Assert.Equal("CN=test-ca", ca.Subject);
        Assert.True(ca.Extensions.OfType<X509BasicConstraintsExtension>().Single().CertificateAuthority);
        Assert.Equal("CN=svc.example.com", leaf.Subject);
        Assert.Equal("CN=test-ca", leaf.Issuer);
        Assert.True(leaf.HasPrivateKey);
        var sans = leaf.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single();
        Assert.Equal(["svc.example.com", "svc"], sans.EnumerateDnsNames());
        Assert.Equal("10.0.0.7", sans.EnumerateIPAddresses().Single().ToString());
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        Assert.True(chain.Build(leaf));
    }

    [Fact]
    public void GenSelfSignedCertWithKey_UsesTheGivenKey()
    {
        using var rsa = RSA.Create(2048);
        var data = EsoTemplates.Data(("key", rsa.ExportRSAPrivateKeyPem()));
        var output = EsoTemplates.Render("{{ (genSelfSignedCertWithKey \"me\" (list) (list \"me.local\") 1 .key).Cert }}", data);
        using var certificate = X509Certificate2.CreateFromPem(output);
        using var publicKey = certificate.GetRSAPublicKey()!;
        Assert.Equal(rsa.ExportSubjectPublicKeyInfo(), publicKey.ExportSubjectPublicKeyInfo());
        Assert.Equal("CN=me", certificate.Issuer);
    }

    [Fact]
    public void BuildCustomCert_Base64Pair_ExposesCertAndKey()
    {
        var generated = EsoTemplates.Render("{{ $c := genCA \"x\" 1 }}{{ $c.Cert | b64enc }} {{ $c.Key | b64enc }}").Split(' ');
        var data = EsoTemplates.Data(("c", generated[0]), ("k", generated[1]));
        var output = EsoTemplates.Render("{{ (buildCustomCert .c .k).Cert | b64enc }}", data);
        Assert.Equal(generated[0], output);
        Assert.EndsWith("error calling buildCustomCert: unable to decode base 64 certificate or key",
            EsoTemplates.Error("{{ buildCustomCert \"!!\" \"!!\" }}"));
    }

    [Fact]
    public void GenSelfSignedCert_BadIp_Fails() =>
        Assert.EndsWith("error calling genSelfSignedCert: error parsing ip: nope",
            EsoTemplates.Error("{{ genSelfSignedCert \"x\" (list \"nope\") (list) 1 }}"));
}
