using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Ferry.Templating.Values;

namespace Ferry.Templating.Functions.Eso;

/// <summary>ESO's pkcs12.go: keys and certificates out of PKCS#12 bytes, and PEM into base64 PKCS#12.</summary>
internal static class Pkcs12Functions
{
    private static X509Certificate2Collection Load(GoString input, string password)
    {
        try
        {
            return X509CertificateLoader.LoadPkcs12Collection(
                input.Span, password, X509KeyStorageFlags.Exportable | X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException)
        {
            throw new TemplateFunctionException("unable to decode pkcs12 with password: pkcs12: decryption password incorrect");
        }
    }

    public static GoString Key(GoString input, string password)
    {
        var certificates = Load(input, password);
        try
        {
            var withKey = SingleKeyHolder(certificates);
            using AsymmetricAlgorithm key = (AsymmetricAlgorithm?)withKey.GetRSAPrivateKey()
                ?? (AsymmetricAlgorithm?)withKey.GetECDsaPrivateKey()
                ?? throw new TemplateFunctionException("unable to marshal private key: unsupported key type");
            return GoString.FromUtf8(PemBlock.Encode("PRIVATE KEY", key.ExportPkcs8PrivateKey()));
        }
        finally
        {
            Dispose(certificates);
        }
    }

    public static GoString Certificates(GoString input, string password)
    {
        var certificates = Load(input, password);
        try
        {
            var leaf = SingleKeyHolder(certificates);
            var ordered = new List<X509Certificate2>();
            if (leaf is not null)
            {
                ordered.Add(leaf);
            }

            ordered.AddRange(certificates.Where(c => !ReferenceEquals(c, leaf)));
            var chain = CertificateChain.TryOrder(ordered) ?? ordered;
            var output = new ByteBuilder();
            foreach (var certificate in chain)
            {
                new PemBlock("CERTIFICATE", [], certificate.RawData).EncodeTo(output);
            }

            return output.ToGoString();
        }
        finally
        {
            Dispose(certificates);
        }
    }

    public static GoString FromPem(string certificatePem, string keyPem, string password, bool fullChain)
    {
        var certificates = CertificateChain.Parse(GoString.FromUtf8(certificatePem));
        if (certificates.Count == 0)
        {
            throw new TemplateFunctionException("failed to decode PEM block containing certificate");
        }

        try
        {
            using var withKey = AttachKey(certificates[0], keyPem);
            var collection = new X509Certificate2Collection(withKey);
            if (fullChain)
            {
                collection.AddRange(certificates.Skip(1).ToArray());
            }

            return GoString.FromUtf8(Convert.ToBase64String(collection.Export(X509ContentType.Pkcs12, password)!));
        }
        finally
        {
            certificates.ForEach(c => c.Dispose());
        }
    }

    public static GoString Truststore(string certificatesPem, string password)
    {
        var certificates = CertificateChain.Parse(GoString.FromUtf8(certificatesPem));
        try
        {
            var collection = new X509Certificate2Collection(certificates.ToArray());
            return GoString.FromUtf8(Convert.ToBase64String(collection.Export(X509ContentType.Pkcs12, password)!));
        }
        finally
        {
            certificates.ForEach(c => c.Dispose());
        }
    }

    private static X509Certificate2 AttachKey(X509Certificate2 certificate, string keyPem)
    {
        try
        {
            if (certificate.GetRSAPublicKey() is { } rsaPublic)
            {
                rsaPublic.Dispose();
                using var rsa = RSA.Create();
                rsa.ImportFromPem(keyPem);
                return certificate.CopyWithPrivateKey(rsa);
            }

            using var ecdsa = ECDsa.Create();
            ecdsa.ImportFromPem(keyPem);
            return certificate.CopyWithPrivateKey(ecdsa);
        }
        catch (Exception exception) when (exception is CryptographicException or ArgumentException)
        {
            throw new TemplateFunctionException("failed to parse private key");
        }
    }

    /// <summary>go-pkcs12's DecodeChain wants exactly one key; its certificate is the leaf.</summary>
    private static X509Certificate2 SingleKeyHolder(X509Certificate2Collection certificates)
    {
        var holders = certificates.Where(c => c.HasPrivateKey).ToList();
        return holders.Count == 1
            ? holders[0]
            : throw new TemplateFunctionException("unable to decode pkcs12 with password: pkcs12: expected exactly one key bag");
    }

    private static void Dispose(X509Certificate2Collection certificates)
    {
        foreach (var certificate in certificates)
        {
            certificate.Dispose();
        }
    }
}
