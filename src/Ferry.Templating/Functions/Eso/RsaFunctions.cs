using System.Security.Cryptography;
using Ferry.Templating.Values;

namespace Ferry.Templating.Functions.Eso;

/// <summary>ESO's decrypt.go: rsaDecrypt scheme hash ciphertext privateKeyPem.</summary>
internal static class RsaFunctions
{
    public static GoString Decrypt(string scheme, string hash, GoString ciphertext, GoString privateKeyPem)
    {
        if (scheme == "None")
        {
            return ciphertext;
        }

        if (scheme != "RSA-OAEP")
        {
            throw new TemplateFunctionException($"unsupported scheme: {scheme}");
        }

        var padding = hash switch
        {
            "SHA1" => RSAEncryptionPadding.OaepSHA1,
            "SHA512" => RSAEncryptionPadding.OaepSHA512,
            _ => RSAEncryptionPadding.OaepSHA256,
        };
        using var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(privateKeyPem.ToUtf8String());
        }
        catch (Exception exception) when (exception is ArgumentException or CryptographicException)
        {
            throw new TemplateFunctionException("failed to parse RSA private key");
        }

        try
        {
            return GoString.FromOwnedBytes(rsa.Decrypt(ciphertext.Span.ToArray(), padding));
        }
        catch (CryptographicException)
        {
            throw new TemplateFunctionException("crypto/rsa: decryption error");
        }
    }
}
