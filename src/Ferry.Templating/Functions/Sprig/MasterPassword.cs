using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Ferry.Templating.Values;

namespace Ferry.Templating.Functions.Sprig;

/// <summary>
/// sprig's derivePassword: the Master Password algorithm (v3). The user key is scrypt(password, scope + len(user) +
/// user, N=32768, r=8, p=2, 64 bytes); the site seed is HMAC-SHA256(key, scope + len(site) + site + counter), with
/// lengths and the counter as 4-byte big-endian numbers; seed[0] picks the password type's template and seed[i+1]
/// each character from the template letter's class. Lengths count bytes, as Go's len does.
/// </summary>
internal static class MasterPassword
{
    private static readonly byte[] Scope = Encoding.ASCII.GetBytes("com.lyndir.masterpassword");

    private static readonly Dictionary<string, string[]> Templates = new(StringComparer.Ordinal)
    {
        ["maximum"] = ["anoxxxxxxxxxxxxxxxxx", "axxxxxxxxxxxxxxxxxno"],
        ["long"] =
        [
            "CvcvnoCvcvCvcv", "CvcvCvcvnoCvcv", "CvcvCvcvCvcvno", "CvccnoCvcvCvcv", "CvccCvcvnoCvcv", "CvccCvcvCvcvno",
            "CvcvnoCvccCvcv", "CvcvCvccnoCvcv", "CvcvCvccCvcvno", "CvcvnoCvcvCvcc", "CvcvCvcvnoCvcc", "CvcvCvcvCvccno",
            "CvccnoCvccCvcv", "CvccCvccnoCvcv", "CvccCvccCvcvno", "CvcvnoCvccCvcc", "CvcvCvccnoCvcc", "CvcvCvccCvccno",
            "CvccnoCvcvCvcc", "CvccCvcvnoCvcc", "CvccCvcvCvccno",
        ],
        ["medium"] = ["CvcnoCvc", "CvcCvcno"],
        ["short"] = ["Cvcn"],
        ["basic"] = ["aaanaaan", "aannaaan", "aaannaaa"],
        ["pin"] = ["nnnn"],
    };

    private static readonly Dictionary<char, string> CharacterClasses = new()
    {
        ['V'] = "AEIOU",
        ['C'] = "BCDFGHJKLMNPQRSTVWXYZ",
        ['v'] = "aeiou",
        ['c'] = "bcdfghjklmnpqrstvwxyz",
        ['A'] = "AEIOUBCDFGHJKLMNPQRSTVWXYZ",
        ['a'] = "AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz",
        ['n'] = "0123456789",
        ['o'] = "@&%?,=[]_:-+*$#!'^~;()/.",
        ['x'] = "AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789!@#$%^&*()",
    };

    /// <summary>
    /// The site password. An unknown password type is not an error in sprig: the function returns the text
    /// "cannot find password template TYPE" as the password, and so does Ferry.
    /// </summary>
    public static GoString Derive(uint counter, GoString passwordType, GoString password, GoString user, GoString site)
    {
        if (!Templates.TryGetValue(passwordType.ToUtf8String(), out var templates))
        {
            return GoString.FromBytes([.. "cannot find password template "u8, .. passwordType.Span]);
        }

        var key = Scrypt.DeriveKey(password.Span, Scoped(user.Span, []), 32768, 8, 2, 64);
        Span<byte> counterBytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(counterBytes, counter);
        var seed = HMACSHA256.HashData(key, Scoped(site.Span, counterBytes));
        CryptographicOperations.ZeroMemory(key);

        var template = templates[seed[0] % templates.Length];
        var result = new byte[template.Length];
        for (var i = 0; i < template.Length; i++)
        {
            var characters = CharacterClasses[template[i]];
            result[i] = (byte)characters[seed[i + 1] % characters.Length];
        }

        return GoString.FromBytes(result);
    }

    /// <summary>scope + len(name) as 4-byte big-endian + name + suffix.</summary>
    private static byte[] Scoped(ReadOnlySpan<byte> name, ReadOnlySpan<byte> suffix)
    {
        var bytes = new byte[Scope.Length + 4 + name.Length + suffix.Length];
        Scope.CopyTo(bytes, 0);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(Scope.Length), (uint)name.Length);
        name.CopyTo(bytes.AsSpan(Scope.Length + 4));
        suffix.CopyTo(bytes.AsSpan(Scope.Length + 4 + name.Length));
        return bytes;
    }
}
