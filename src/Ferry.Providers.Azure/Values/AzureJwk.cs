using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ferry.Providers.Azure.Values;

/// <summary>
/// JSON Web Keys as ESO handles them: a pushed value becomes a JWK (a PEM private key, RSA or EC; anything else a
/// symmetric "oct" key), and a read key is written back with the member order of the Go SDK's JSONWebKey.
/// </summary>
internal static class AzureJwk
{
    // keyvault.JSONWebKey's field order, which json.Marshal follows.
    private static readonly string[] EsoOrder = ["kid", "kty", "key_ops", "n", "e", "d", "dp", "dq", "qi", "p", "q", "k", "key_hsm", "crv", "x", "y"];

    /// <summary>The key JSON ESO returns for <c>key/NAME</c>.</summary>
    public static string ToEsoJson(JsonElement key)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (var name in EsoOrder)
            {
                if (key.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
                {
                    writer.WritePropertyName(name);
                    value.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The JWK (with private material) to import for a pushed value.</summary>
    /// <exception cref="ProviderException">A PEM block that is not a supported private key.</exception>
    public static JsonObject FromPushedValue(ReadOnlySpan<byte> value, string name)
    {
        var text = Encoding.UTF8.GetString(value);
        if (!PemEncoding.TryFind(text, out var fields))
        {
            return new JsonObject { ["kty"] = "oct", ["k"] = Base64Url(value) };
        }

        var label = text[fields.Label];
        var der = Convert.FromBase64String(text[fields.Base64Data]);
        try
        {
            return label switch
            {
                "PRIVATE KEY" => FromPkcs8(der),
                "RSA PRIVATE KEY" => FromRsa(der, pkcs8: false),
                "EC PRIVATE KEY" => FromEc(der, pkcs8: false),
                _ => throw new ProviderException($"could not load private key {name}: key type {label} is not supported"),
            };
        }
        catch (CryptographicException ex)
        {
            throw new ProviderException($"could not load private key {name}: the {label} block does not parse", ex);
        }
    }

    /// <summary>Same key material (ESO's equalKeys, without its quirk that EC keys never compare equal).</summary>
    public static bool SamePublicKey(JsonObject pushed, JsonElement stored)
    {
        string? Get(string name) => stored.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        string? Pushed(string name) => pushed[name]?.GetValue<string>();
        if (Pushed("kty") != Get("kty"))
        {
            return false;
        }

        return Pushed("kty") switch
        {
            "RSA" => Pushed("n") == Get("n") && Pushed("e") == Get("e") && Get("n") is not null,
            "EC" => Pushed("crv") == Get("crv") && Pushed("x") == Get("x") && Pushed("y") == Get("y") && Get("x") is not null,
            _ => false,
        };
    }

    private static JsonObject FromPkcs8(byte[] der)
    {
        try
        {
            return FromRsa(der, pkcs8: true);
        }
        catch (CryptographicException)
        {
            return FromEc(der, pkcs8: true);
        }
    }

    private static JsonObject FromRsa(byte[] der, bool pkcs8)
    {
        using var rsa = RSA.Create();
        if (pkcs8)
        {
            rsa.ImportPkcs8PrivateKey(der, out _);
        }
        else
        {
            rsa.ImportRSAPrivateKey(der, out _);
        }

        var p = rsa.ExportParameters(true);
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["n"] = Base64Url(p.Modulus),
            ["e"] = Base64Url(p.Exponent),
            ["d"] = Base64Url(p.D),
            ["p"] = Base64Url(p.P),
            ["q"] = Base64Url(p.Q),
            ["dp"] = Base64Url(p.DP),
            ["dq"] = Base64Url(p.DQ),
            ["qi"] = Base64Url(p.InverseQ),
        };
    }

    private static JsonObject FromEc(byte[] der, bool pkcs8)
    {
        using var ec = ECDsa.Create();
        if (pkcs8)
        {
            ec.ImportPkcs8PrivateKey(der, out _);
        }
        else
        {
            ec.ImportECPrivateKey(der, out _);
        }

        var p = ec.ExportParameters(true);
        return new JsonObject
        {
            ["kty"] = "EC",
            ["crv"] = ec.KeySize switch { 256 => "P-256", 384 => "P-384", 521 => "P-521", _ => "P-256K" },
            ["x"] = Base64Url(p.Q.X),
            ["y"] = Base64Url(p.Q.Y),
            ["d"] = Base64Url(p.D),
        };
    }

    private static string Base64Url(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
