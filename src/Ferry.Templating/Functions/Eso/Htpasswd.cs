using System.Security.Cryptography;
using Ferry.Templating.Values;

namespace Ferry.Templating.Functions.Eso;

/// <summary>sprig's htpasswd: "user:{SHA}base64(sha1)" or a bcrypt hash (the default).</summary>
internal static class Htpasswd
{
    public static GoString Create(string username, string password, string hashType)
    {
        if (username.Contains(':', StringComparison.Ordinal))
        {
            return GoString.FromUtf8("invalid username: " + username);
        }

        if (hashType == "sha")
        {
            // htpasswd's {SHA} scheme is SHA-1 by definition; compatibility requires it.
            var hash = CryptographicOperations.HashData(HashAlgorithmName.SHA1, System.Text.Encoding.UTF8.GetBytes(password));
            return GoString.FromUtf8(username + ":{SHA}" + Convert.ToBase64String(hash));
        }

        return GoString.FromUtf8(username + ":" + BCrypt.Hash(password, cost: 10));
    }
}
