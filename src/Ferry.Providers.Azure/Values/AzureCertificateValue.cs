using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Ferry.Providers.Azure.Values;

/// <summary>
/// A pushed certificate as ESO reads it (getCertificateFromValue): PKCS#12 without a password, then DER, then the
/// first CERTIFICATE of a PEM. Key Vault imports PFX as base64 and PEM as text under a PEM policy.
/// </summary>
internal sealed record AzureCertificateValue(byte[] Der, bool IsPem)
{
    /// <exception cref="ProviderException">None of the three forms parses.</exception>
    public static AzureCertificateValue Parse(ReadOnlySpan<byte> value)
    {
        var bytes = value.ToArray();
        try
        {
            using var pfx = X509CertificateLoader.LoadPkcs12(bytes, null);
            return new AzureCertificateValue(pfx.RawData, false);
        }
        catch (CryptographicException)
        {
        }

        try
        {
            using var der = X509CertificateLoader.LoadCertificate(bytes);
            return new AzureCertificateValue(der.RawData, IsPemText(bytes));
        }
        catch (CryptographicException)
        {
        }

        var text = Encoding.UTF8.GetString(bytes);
        var rest = text.AsSpan();
        while (PemEncoding.TryFind(rest, out var fields))
        {
            if (rest[fields.Label].SequenceEqual("CERTIFICATE"))
            {
                try
                {
                    using var cert = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(rest[fields.Base64Data].ToString()));
                    return new AzureCertificateValue(cert.RawData, true);
                }
                catch (Exception ex) when (ex is CryptographicException or FormatException)
                {
                }
            }

            rest = rest[fields.Location.End.Value..];
        }

        throw new ProviderException("value from secret is not a valid certificate: could not parse certificate value as PKCS#12, DER or PEM");
    }

    private static bool IsPemText(byte[] bytes) => PemEncoding.TryFind(Encoding.UTF8.GetString(bytes), out _);
}
