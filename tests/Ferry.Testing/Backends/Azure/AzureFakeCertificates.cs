using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Ferry.Testing.Backends.Azure;

/// <summary>Certificate import as Key Vault does it: a base64 PFX, or PEM text when the policy says so; a private key is required.</summary>
internal static class AzureFakeCertificates
{
    /// <summary>The certificate's DER and the value of its backing secret; null when the content is not importable.</summary>
    public static (byte[] Der, string SecretValue)? Import(string value, string? password, bool pem)
    {
        try
        {
            using var certificate = pem
                ? X509Certificate2.CreateFromPem(value, value)
                : X509CertificateLoader.LoadPkcs12(Convert.FromBase64String(value), password);
            return certificate.HasPrivateKey ? (certificate.RawData, value) : null;
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or ArgumentException)
        {
            return null;
        }
    }
}
