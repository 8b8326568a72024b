using System.Security.Cryptography;
using System.Text.Json;
using Ferry.Templating.Values;

namespace Ferry.Templating.Functions.Eso;

/// <summary>ESO's jwk.go: a JWK (RSA or EC) as PKIX public or PKCS#8 private PEM.</summary>
internal static class JwkFunctions
{
    public static GoString PublicKeyPem(GoString json)
    {
        using var key = Import(json, requirePrivate: false);
        return GoString.FromUtf8(PemBlock.Encode("PUBLIC KEY", key.ExportSubjectPublicKeyInfo()));
    }

    public static GoString PrivateKeyPem(GoString json)
    {
        using var key = Import(json, requirePrivate: true);
        return GoString.FromUtf8(PemBlock.Encode("PRIVATE KEY", key.ExportPkcs8PrivateKey()));
    }

    private static AsymmetricAlgorithm Import(GoString json, bool requirePrivate)
    {
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(json.Memory).RootElement;
        }
        catch (JsonException)
        {
            throw new TemplateFunctionException("failed to parse JWK");
        }

        var kty = Field(root, "kty");
        try
        {
            switch (kty)
            {
                case "RSA":
                    {
                        var parameters = new RSAParameters { Modulus = Bytes(root, "n"), Exponent = Bytes(root, "e") };
                        if (root.TryGetProperty("d", out _))
                        {
                            parameters.D = Bytes(root, "d");
                            parameters.P = Bytes(root, "p");
                            parameters.Q = Bytes(root, "q");
                            parameters.DP = Bytes(root, "dp");
                            parameters.DQ = Bytes(root, "dq");
                            parameters.InverseQ = Bytes(root, "qi");
                        }
                        else if (requirePrivate)
                        {
                            throw new TemplateFunctionException("failed to get private key: JWK is not a private key");
                        }

                        return RSA.Create(parameters);
                    }

                case "EC":
                    {
                        var curve = Field(root, "crv") switch
                        {
                            "P-256" => ECCurve.NamedCurves.nistP256,
                            "P-384" => ECCurve.NamedCurves.nistP384,
                            "P-521" => ECCurve.NamedCurves.nistP521,
                            _ => throw new TemplateFunctionException("failed to parse JWK: unsupported curve"),
                        };
                        var parameters = new ECParameters
                        {
                            Curve = curve,
                            Q = new ECPoint { X = Bytes(root, "x"), Y = Bytes(root, "y") },
                        };
                        if (root.TryGetProperty("d", out _))
                        {
                            parameters.D = Bytes(root, "d");
                        }
                        else if (requirePrivate)
                        {
                            throw new TemplateFunctionException("failed to get private key: JWK is not a private key");
                        }

                        return ECDsa.Create(parameters);
                    }

                default:
                    throw new TemplateFunctionException($"failed to parse JWK: unsupported key type {kty}");
            }
        }
        catch (CryptographicException)
        {
            throw new TemplateFunctionException("failed to parse JWK: invalid key parameters");
        }
    }

    private static string Field(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new TemplateFunctionException($"failed to parse JWK: missing {name}");

    private static byte[] Bytes(JsonElement root, string name)
    {
        var text = Field(root, name).Replace('-', '+').Replace('_', '/');
        text = text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '=');
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw new TemplateFunctionException($"failed to parse JWK: invalid {name}");
        }
    }
}
