using System.Security.Cryptography;
using System.Text;

namespace Ferry.Templating.Tests.Functions;

public sealed class EsoFunctionsTests : IDisposable
{
    private readonly TestPki _pki = TestPki.Create();

    public void Dispose() => _pki.Dispose();

    private string ChainPem => TestPki.Pem(_pki.Leaf) + TestPki.Pem(_pki.Intermediate) + TestPki.Pem(_pki.Root);

    [Fact]
    public void FilterPem_MixedInputWithJunk_KeepsOnlyMatchingBlocksInOrder()
    {
        var keyPem = _pki.LeafKey.ExportPkcs8PrivateKeyPem() + "\n";
        var input = "junk before\n" + TestPki.Pem(_pki.Leaf) + keyPem + TestPki.Pem(_pki.Root) + "trailing junk";
        var output = EsoTemplates.Render("{{ .v | filterPEM \"certificate\" }}", EsoTemplates.Data(("v", input)));
        Assert.Equal(TestPki.Pem(_pki.Leaf) + TestPki.Pem(_pki.Root), output);
        Assert.Equal(keyPem, EsoTemplates.Render("{{ .v | filterPEM \"PRIVATE KEY\" }}", EsoTemplates.Data(("v", input))));
    }

    [Fact]
    public void FilterPem_NoBlockAndJunk_FailsWithFoundJunk()
    {
        var error = EsoTemplates.Error("{{ .v | filterPEM \"CERTIFICATE\" }}", EsoTemplates.Data(("v", "not a pem")));
        Assert.EndsWith("error calling filterPEM: error filtering pem: found junk", error);
        Assert.Equal("", EsoTemplates.Render("{{ .v | filterPEM \"CERTIFICATE\" }}", EsoTemplates.Data(("v", ""))));
    }

    [Fact]
    public void CertSans_LeafCertificate_ListsDnsThenIpThenEmailThenUri()
    {
        var output = EsoTemplates.Render("{{ .v | certSANs }}", EsoTemplates.Data(("v", TestPki.Pem(_pki.Leaf))));
        Assert.Equal("[leaf.example.com alt.example.com 10.0.0.1 ops@example.com spiffe://example.com/ns/default]", output);
    }

    [Fact]
    public void CertSans_NotPem_FailsToDecode()
    {
        var error = EsoTemplates.Error("{{ .v | certSANs }}", EsoTemplates.Data(("v", "garbage")));
        Assert.EndsWith("error calling certSANs: failed to decode PEM block", error);
    }

    [Theory]
    [InlineData("leaf")]
    [InlineData("intermediate")]
    [InlineData("root")]
    public void FilterCertChain_ScrambledChain_SelectsThePart(string kind)
    {
        var scrambled = TestPki.Pem(_pki.Root) + TestPki.Pem(_pki.Leaf) + TestPki.Pem(_pki.Intermediate);
        var output = EsoTemplates.Render($"{{{{ .v | filterCertChain \"{kind}\" }}}}", EsoTemplates.Data(("v", scrambled)));
        var expected = kind switch
        {
            "leaf" => _pki.Leaf,
            "intermediate" => _pki.Intermediate,
            _ => _pki.Root,
        };
        Assert.Equal(TestPki.Pem(expected), output);
    }

    [Fact]
    public void Pkcs12Cert_ArchiveInAnyOrder_ReturnsTheChainLeafFirst()
    {
        var data = EsoTemplates.Data(("p12", Convert.ToBase64String(_pki.Pkcs12(""))));
        Assert.Equal(ChainPem, EsoTemplates.Render("{{ .p12 | b64dec | pkcs12cert }}", data));
    }

    [Fact]
    public void Pkcs12Key_Archive_ReturnsTheLeafKeyAsPkcs8()
    {
        var data = EsoTemplates.Bytes(("p12", _pki.Pkcs12("")));
        var pem = EsoTemplates.Render("{{ .p12 | pkcs12key }}", data);
        Assert.StartsWith("-----BEGIN PRIVATE KEY-----\n", pem);
        using var key = ECDsa.Create();
        key.ImportFromPem(pem);
        Assert.Equal(_pki.LeafKey.ExportSubjectPublicKeyInfo(), key.ExportSubjectPublicKeyInfo());
    }

    [Fact]
    public void Pkcs12KeyPass_RightAndWrongPassword_DecodesOrFails()
    {
        var data = EsoTemplates.Bytes(("p12", _pki.Pkcs12("s3cret")));
        Assert.StartsWith("-----BEGIN PRIVATE KEY-----", EsoTemplates.Render("{{ .p12 | pkcs12keyPass \"s3cret\" }}", data));
        Assert.Equal(ChainPem, EsoTemplates.Render("{{ .p12 | pkcs12certPass \"s3cret\" }}", data));
        var error = EsoTemplates.Error("{{ .p12 | pkcs12keyPass \"wrong\" }}", data);
        Assert.Contains("error calling pkcs12keyPass: unable to decode pkcs12 with password", error);
    }

    [Fact]
    public void FullPemToPkcs12_CertificateChainAndKey_RoundTripsThroughPkcs12Functions()
    {
        var data = EsoTemplates.Data(("crt", ChainPem), ("key", _pki.LeafKey.ExportPkcs8PrivateKeyPem()));
        var output = EsoTemplates.Render("{{ fullPemToPkcs12 .crt .key | b64dec | pkcs12cert }}", data);
        Assert.Equal(ChainPem, output);
        var single = EsoTemplates.Render("{{ pemToPkcs12Pass .crt .key \"pw\" | b64dec | pkcs12certPass \"pw\" }}", data);
        Assert.Equal(TestPki.Pem(_pki.Leaf), single);
    }

    [Fact]
    public void JwkPublicKeyPem_RsaJwk_ReturnsPkixPem()
    {
        using var rsa = RSA.Create(2048);
        var p = rsa.ExportParameters(true);
        var jwk = $$"""{"kty":"RSA","n":"{{B64Url(p.Modulus!)}}","e":"{{B64Url(p.Exponent!)}}"}""";
        var output = EsoTemplates.Render("{{ .jwk | jwkPublicKeyPem }}", EsoTemplates.Data(("jwk", jwk)));
        Assert.Equal(rsa.ExportSubjectPublicKeyInfoPem() + "\n", output);
    }

    [Fact]
    public void JwkPrivateKeyPem_EcJwk_ReturnsPkcs8Pem()
    {
        var p = _pki.LeafKey.ExportParameters(true);
        var jwk = $$"""{"kty":"EC","crv":"P-256","x":"{{B64Url(p.Q.X!)}}","y":"{{B64Url(p.Q.Y!)}}","d":"{{B64Url(p.D!)}}"}""";
        var output = EsoTemplates.Render("{{ .jwk | jwkPrivateKeyPem }}", EsoTemplates.Data(("jwk", jwk)));
        using var key = ECDsa.Create();
        key.ImportFromPem(output);
        Assert.StartsWith("-----BEGIN PRIVATE KEY-----", output);
        Assert.Equal(p.D, key.ExportParameters(true).D);
    }

    [Fact]
    public void JwkPrivateKeyPem_PublicJwk_Fails()
    {
        var p = _pki.LeafKey.ExportParameters(false);
        var jwk = $$"""{"kty":"EC","crv":"P-256","x":"{{B64Url(p.Q.X!)}}","y":"{{B64Url(p.Q.Y!)}}"}""";
        Assert.Contains("error calling jwkPrivateKeyPem:", EsoTemplates.Error("{{ .jwk | jwkPrivateKeyPem }}", EsoTemplates.Data(("jwk", jwk))));
    }

    [Theory]
    [InlineData("SHA1")]
    [InlineData("SHA256")]
    [InlineData("SHA512")]
    public void RsaDecrypt_OaepCiphertext_ReturnsPlaintext(string hash)
    {
        using var rsa = RSA.Create(2048);
        var padding = hash switch
        {
            "SHA1" => RSAEncryptionPadding.OaepSHA1,
            "SHA512" => RSAEncryptionPadding.OaepSHA512,
            _ => RSAEncryptionPadding.OaepSHA256,
        };
        var ciphertext = rsa.Encrypt("top secret"u8.ToArray(), padding);
        var data = EsoTemplates.Data(("ct", Convert.ToBase64String(ciphertext)), ("key", rsa.ExportPkcs8PrivateKeyPem()));
        var output = EsoTemplates.Render($"{{{{ .key | rsaDecrypt \"RSA-OAEP\" \"{hash}\" (.ct | b64dec) }}}}", data);
        Assert.Equal("top secret", output);
    }

    [Fact]
    public void RsaDecrypt_SchemeNone_ReturnsTheInput() =>
        Assert.Equal("plain", EsoTemplates.Render("{{ rsaDecrypt \"None\" \"SHA256\" \"plain\" \"\" }}"));

    [Theory]
    [InlineData("{{ toYaml (dict \"b\" (list \"x\" \"z\") \"a\" 1) }}", "a: 1\nb:\n- x\n- z")]
    [InlineData("{{ toYaml (list \"y\" \"n\" \"on\") }}", "- \"y\"\n- \"n\"\n- \"on\"")]
    [InlineData("{{ toYaml (dict \"s\" \"true\" \"e\" \"\" \"num\" \"123\" \"p\" \"plain text\") }}", "e: \"\"\nnum: \"123\"\np: plain text\ns: \"true\"")]
    [InlineData("{{ toYaml (dict \"m\" \"line1\\nline2\") }}", "m: |-\n  line1\n  line2")]
    [InlineData("{{ toYaml (list (dict \"a\" 1 \"b\" 2)) }}", "- a: 1\n  b: 2")]
    [InlineData("{{ toYaml (dict \"outer\" (dict \"k\" \"v\")) }}", "outer:\n  k: v")]
    [InlineData("{{ (fromYaml \"a: 1\\nb: [x, z]\").b }}", "[x z]")]
    [InlineData("{{ (fromYaml \"b: [x, y]\").b }}", "[x true]")]
    [InlineData("{{ (fromYaml \"a: 1\").a }} {{ (fromYaml \"a: yes\").a }} {{ (fromYaml \"a: '1'\").a }}", "1 true 1")]
    [InlineData("{{ fromYaml \"\" }}", "map[]")]
    public void Render_YamlFunction_MatchesEso(string template, string expected) =>
        Assert.Equal(expected, EsoTemplates.Render(template));

    [Fact]
    public void FromYaml_InvalidYaml_ReturnsMapWithError()
    {
        var output = EsoTemplates.Render("{{ (fromYaml \"a: [\").Error }}");
        Assert.StartsWith("error converting YAML to JSON: yaml:", output);
    }

    [Fact]
    public void Htpasswd_Sha_UsesBase64OfSha1()
    {
        var expected = "user:{SHA}" + Convert.ToBase64String(SHA256.HashData([]) is var _ ? Sha1("p@ss") : []);
        Assert.Equal(expected, EsoTemplates.Render("{{ htpasswd \"user\" \"p@ss\" \"sha\" }}"));
        Assert.Equal("invalid username: a:b", EsoTemplates.Render("{{ htpasswd \"a:b\" \"p\" \"sha\" }}"));
    }

    [Theory]
    [InlineData("env")]
    [InlineData("expandenv")]
    [InlineData("getHostByName")]
    public void Parse_FunctionEsoRemoved_IsNotDefined(string name)
    {
        var error = EsoTemplates.Error($"{{{{ {name} \"HOME\" }}}}");
        Assert.Equal($"template: k:1: function \"{name}\" not defined", error);
    }

    private static byte[] Sha1(string text) =>
        CryptographicOperations.HashData(HashAlgorithmName.SHA1, Encoding.UTF8.GetBytes(text));

    private static string B64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
