using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Ferry.Testing.Backends.Azure;

/// <summary>JSON Web Keys as a software-protected vault stores them: RSA and EC only, public part served back.</summary>
internal static class AzureFakeKeys
{
    private static readonly string[] RsaOperations = ["encrypt", "decrypt", "sign", "verify", "wrapKey", "unwrapKey"];
    private static readonly string[] EcOperations = ["sign", "verify"];

    /// <summary>The public JWK of an imported key; null when it is not RSA/EC or lacks its private part.</summary>
    public static JsonObject? PublicPart(JsonObject jwk)
    {
        var kty = jwk["kty"]?.GetValue<string>();
        if (jwk["d"] is null)
        {
            return null;
        }

        return kty switch
        {
            "RSA" or "RSA-HSM" when jwk["n"] is not null && jwk["e"] is not null => new JsonObject
            {
                ["kty"] = "RSA",
                ["key_ops"] = Operations(RsaOperations),
                ["n"] = jwk["n"]!.DeepClone(),
                ["e"] = jwk["e"]!.DeepClone(),
            },
            "EC" or "EC-HSM" when jwk["crv"] is not null && jwk["x"] is not null && jwk["y"] is not null => new JsonObject
            {
                ["kty"] = "EC",
                ["key_ops"] = Operations(EcOperations),
                ["crv"] = jwk["crv"]!.DeepClone(),
                ["x"] = jwk["x"]!.DeepClone(),
                ["y"] = jwk["y"]!.DeepClone(),
            },
            _ => null,
        };
    }

    /// <summary>The public JWK of a key a test seeds.</summary>
    public static JsonObject FromKey(AsymmetricAlgorithm key)
    {
        switch (key)
        {
            case RSA rsa:
                var p = rsa.ExportParameters(false);
                return new JsonObject
                {
                    ["kty"] = "RSA",
                    ["key_ops"] = Operations(RsaOperations),
                    ["n"] = AzureFakeJwt.Encode(p.Modulus),
                    ["e"] = AzureFakeJwt.Encode(p.Exponent),
                };
            case ECDsa ec:
                var q = ec.ExportParameters(false);
                return new JsonObject
                {
                    ["kty"] = "EC",
                    ["key_ops"] = Operations(EcOperations),
                    ["crv"] = CurveName(ec.KeySize),
                    ["x"] = AzureFakeJwt.Encode(q.Q.X),
                    ["y"] = AzureFakeJwt.Encode(q.Q.Y),
                };
            default:
                throw new ArgumentException("only RSA and ECDsa keys can be seeded", nameof(key));
        }
    }

    private static string CurveName(int size) => size switch
    {
        256 => "P-256",
        384 => "P-384",
        521 => "P-521",
        _ => throw new ArgumentException("unsupported curve size", nameof(size)),
    };

    private static JsonArray Operations(string[] operations) => new([.. operations.Select(o => (JsonNode?)o)]);
}
