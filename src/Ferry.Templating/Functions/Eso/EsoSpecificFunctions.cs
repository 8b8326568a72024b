using Ferry.Templating.Values;
using static Ferry.Templating.Functions.Sprig.SprigValues;

namespace Ferry.Templating.Functions.Eso;

/// <summary>The functions ESO adds to sprig (runtime/template/v2/template.go), with ESO's argument order.</summary>
internal static class EsoSpecificFunctions
{
    private static readonly GoType S = GoType.String;
    private static readonly GoType A = GoType.Any;

    public static IEnumerable<GoFunction> All()
    {
        yield return new("pkcs12key", [S], null, a => Pkcs12Functions.Key(Bytes(a[0]), ""));
        yield return new("pkcs12keyPass", [S, S], null, a => Pkcs12Functions.Key(Bytes(a[1]), Text(a[0])));
        yield return new("pkcs12cert", [S], null, a => Pkcs12Functions.Certificates(Bytes(a[0]), ""));
        yield return new("pkcs12certPass", [S, S], null, a => Pkcs12Functions.Certificates(Bytes(a[1]), Text(a[0])));
        yield return new("pemToPkcs12", [S, S], null, a => Pkcs12Functions.FromPem(Text(a[0]), Text(a[1]), "", fullChain: false));
        yield return new("pemToPkcs12Pass", [S, S, S], null, a => Pkcs12Functions.FromPem(Text(a[0]), Text(a[1]), Text(a[2]), fullChain: false));
        yield return new("fullPemToPkcs12", [S, S], null, a => Pkcs12Functions.FromPem(Text(a[0]), Text(a[1]), "", fullChain: true));
        yield return new("fullPemToPkcs12Pass", [S, S, S], null, a => Pkcs12Functions.FromPem(Text(a[0]), Text(a[1]), Text(a[2]), fullChain: true));
        yield return new("pemTruststoreToPKCS12", [S], null, a => Pkcs12Functions.Truststore(Text(a[0]), ""));
        yield return new("pemTruststoreToPKCS12Pass", [S, S], null, a => Pkcs12Functions.Truststore(Text(a[0]), Text(a[1])));
        yield return new("filterPEM", [S, S], null, a => PemFunctions.Filter(Text(a[0]), Bytes(a[1])));
        yield return new("filterCertChain", [S, S], null, a => PemFunctions.FilterCertChain(Text(a[0]), Bytes(a[1])));
        yield return new("certSANs", [S], null, a => PemFunctions.SubjectAlternativeNames(Bytes(a[0])));
        yield return new("jwkPublicKeyPem", [S], null, a => JwkFunctions.PublicKeyPem(Bytes(a[0])));
        yield return new("jwkPrivateKeyPem", [S], null, a => JwkFunctions.PrivateKeyPem(Bytes(a[0])));
        yield return new("toYaml", [A], null, a => YamlFunctions.ToYaml(a[0]));
        yield return new("fromYaml", [S], null, a => YamlFunctions.FromYaml(Bytes(a[0])));
        yield return new("rsaDecrypt", [S, S, S, S], null, a => RsaFunctions.Decrypt(Text(a[0]), Text(a[1]), Bytes(a[2]), Bytes(a[3])));
        yield return new("htpasswd", [S, S, GoType.Named("sprig.HashAlgorithm", GoKind.String)], null,
            a => Htpasswd.Create(Text(a[0]), Text(a[1]), Text(a[2])));
    }
}
