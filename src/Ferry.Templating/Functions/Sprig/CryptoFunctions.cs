using System.Security.Cryptography;
using Ferry.Templating.Functions.Eso;
using Ferry.Templating.Values;
using static Ferry.Templating.Functions.Sprig.SprigValues;

namespace Ferry.Templating.Functions.Sprig;

/// <summary>
/// sprig's crypto.go: encryptAES/decryptAES (AES-256-CBC, key = password zero-padded to 32 bytes, IV prepended,
/// base64), genPrivateKey and derivePassword (MasterPassword.cs). bcrypt is ../Eso/BCrypt.cs.
/// </summary>
internal static class CryptoFunctions
{
    private static readonly GoType S = GoType.String;

    public static IEnumerable<GoFunction> All()
    {
        yield return new("encryptAES", [S, S], null, a => Encrypt(Bytes(a[0]), Bytes(a[1])));
        yield return new("decryptAES", [S, S], null, a => Decrypt(Bytes(a[0]), Bytes(a[1])));
        yield return new("genPrivateKey", [S], null, a => GeneratePrivateKey(Text(a[0])));
        yield return new("bcrypt", [S], null, a => Str(BCrypt.Hash(Text(a[0]), cost: 10)));
        yield return new("derivePassword", [GoType.Uint32, S, S, S, S], null,
            a => MasterPassword.Derive((uint)a[0]!, Bytes(a[1]), Bytes(a[2]), Bytes(a[3]), Bytes(a[4])));
    }

    private static byte[] Key(GoString password)
    {
        var key = new byte[32];
        password.Span[..Math.Min(32, password.Length)].CopyTo(key);
        return key;
    }

    private static GoString Encrypt(GoString password, GoString plaintext)
    {
        using var aes = Aes.Create();
        aes.Key = Key(password);
        var iv = RandomNumberGenerator.GetBytes(16);
        var padded = plaintext.ToArray();
        var padding = 16 - (padded.Length % 16);
        Array.Resize(ref padded, padded.Length + padding);
        Array.Fill(padded, (byte)padding, padded.Length - padding, padding);
        var ciphertext = aes.EncryptCbc(padded, iv, PaddingMode.None);
        return Str(Convert.ToBase64String([.. iv, .. ciphertext]));
    }

    private static GoString Decrypt(GoString password, GoString encoded)
    {
        byte[] data;
        try
        {
            data = Convert.FromBase64String(encoded.ToUtf8String());
        }
        catch (FormatException)
        {
            throw new TemplateFunctionException("illegal base64 data");
        }

        if (data.Length < 16 || data.Length % 16 != 0)
        {
            throw new TemplateFunctionException("ciphertext is not a multiple of the block size");
        }

        using var aes = Aes.Create();
        aes.Key = Key(password);
        var plain = aes.DecryptCbc(data.AsSpan(16), data.AsSpan(0, 16), PaddingMode.None);
        var padding = plain.Length > 0 ? plain[^1] : 0;
        return GoString.FromBytes(plain.AsSpan(0, plain.Length - Math.Min(padding, plain.Length)));
    }

    private static GoString GeneratePrivateKey(string type)
    {
        switch (type)
        {
            case "" or "rsa":
                using (var rsa = RSA.Create(4096))
                {
                    return Str(PemBlock.Encode("RSA PRIVATE KEY", rsa.ExportRSAPrivateKey()));
                }

            case "ecdsa":
                using (var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256))
                {
                    return Str(PemBlock.Encode("EC PRIVATE KEY", ecdsa.ExportECPrivateKey()));
                }

            default:
                return Str("Unknown type " + type);
        }
    }
}
