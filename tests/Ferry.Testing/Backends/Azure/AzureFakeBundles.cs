using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;

namespace Ferry.Testing.Backends.Azure;

/// <summary>The JSON shapes Key Vault answers with (SecretBundle, KeyBundle, CertificateBundle, items, deleted bundles).</summary>
internal static class AzureFakeBundles
{
    private const int RecoverableDays = 90;

    public static string Collection(AzureFakeObjectKind kind) => kind switch
    {
        AzureFakeObjectKind.Secret => "secrets",
        AzureFakeObjectKind.Key => "keys",
        _ => "certificates",
    };

    public static string Id(Uri vault, AzureFakeObjectKind kind, string name, string? version = null) =>
        version is null ? $"{vault}{Collection(kind)}/{name}" : $"{vault}{Collection(kind)}/{name}/{version}";

    public static JsonObject Bundle(Uri vault, AzureFakeItem item)
    {
        switch (item.Kind)
        {
            case AzureFakeObjectKind.Secret:
                var secret = new JsonObject { ["value"] = item.Value, ["id"] = Id(vault, item.Kind, item.Name, item.Version) };
                AddCommon(secret, item);
                if (item.Managed)
                {
                    secret["kid"] = Id(vault, AzureFakeObjectKind.Key, item.Name, item.Version);
                }

                return secret;
            case AzureFakeObjectKind.Key:
                var jwk = (JsonObject)item.Key!.DeepClone();
                jwk.Insert(0, "kid", Id(vault, item.Kind, item.Name, item.Version));
                var key = new JsonObject { ["key"] = jwk };
                AddCommon(key, item);
                return key;
            default:
                var cer = item.Certificate ?? [];
                var certificate = new JsonObject
                {
                    ["id"] = Id(vault, item.Kind, item.Name, item.Version),
                    ["kid"] = Id(vault, AzureFakeObjectKind.Key, item.Name, item.Version),
                    ["sid"] = Id(vault, AzureFakeObjectKind.Secret, item.Name, item.Version),
                    ["x5t"] = Thumbprint(cer),
                    ["cer"] = Convert.ToBase64String(cer),
                };
                AddCommon(certificate, item);
                certificate["policy"] = Policy(vault, item);
                return certificate;
        }
    }

    /// <summary>A list entry: the object's id without version, attributes, tags (never the value).</summary>
    public static JsonObject Item(Uri vault, AzureFakeItem item, bool withVersion)
    {
        var entry = new JsonObject { ["id"] = Id(vault, item.Kind, item.Name, withVersion ? item.Version : null) };
        AddCommon(entry, item);
        return entry;
    }

    public static JsonObject Deleted(Uri vault, AzureFakeItem item, DateTimeOffset deletedAt)
    {
        var bundle = Bundle(vault, item);
        bundle.Remove("value");
        bundle["recoveryId"] = $"{vault}deleted{Collection(item.Kind)}/{item.Name}";
        bundle["deletedDate"] = deletedAt.ToUnixTimeSeconds();
        bundle["scheduledPurgeDate"] = deletedAt.AddDays(RecoverableDays).ToUnixTimeSeconds();
        return bundle;
    }

    private static void AddCommon(JsonObject target, AzureFakeItem item)
    {
        var attributes = new JsonObject { ["enabled"] = item.Enabled };
        if (item.NotBefore is { } nbf)
        {
            attributes["nbf"] = nbf.ToUnixTimeSeconds();
        }

        if (item.Expires is { } exp)
        {
            attributes["exp"] = exp.ToUnixTimeSeconds();
        }

        attributes["created"] = item.Created.ToUnixTimeSeconds();
        attributes["updated"] = item.Updated.ToUnixTimeSeconds();
        attributes["recoveryLevel"] = "Recoverable+Purgeable";
        attributes["recoverableDays"] = RecoverableDays;
        if (item.Kind == AzureFakeObjectKind.Key)
        {
            attributes["exportable"] = false;
        }

        target["attributes"] = attributes;
        if (item.Tags is { Count: > 0 } tags)
        {
            var tagObject = new JsonObject();
            foreach (var (name, value) in tags)
            {
                tagObject[name] = value;
            }

            target["tags"] = tagObject;
        }

        if (item.ContentType is not null && item.Kind == AzureFakeObjectKind.Secret)
        {
            target["contentType"] = item.ContentType;
        }

        if (item.Managed)
        {
            target["managed"] = true;
        }
    }

    // x5t is the certificate's SHA-1 thumbprint, base64url.
    private static string Thumbprint(byte[] cer)
    {
        if (cer.Length == 0)
        {
            return string.Empty;
        }

        using var certificate = X509CertificateLoader.LoadCertificate(cer);
        return AzureFakeJwt.Encode(certificate.GetCertHash());
    }

    private static JsonObject Policy(Uri vault, AzureFakeItem item) => new()
    {
        ["id"] = $"{vault}certificates/{item.Name}/policy",
        ["key_props"] = new JsonObject { ["exportable"] = true, ["kty"] = "RSA", ["key_size"] = 2048, ["reuse_key"] = false },
        ["secret_props"] = new JsonObject { ["contentType"] = item.ContentType ?? "application/x-pkcs12" },
        ["x509_props"] = new JsonObject { ["subject"] = "CN=imported", ["validity_months"] = 12 },
        ["issuer"] = new JsonObject { ["name"] = "Unknown" },
        ["attributes"] = new JsonObject
        {
            ["enabled"] = true,
            ["created"] = item.Created.ToUnixTimeSeconds(),
            ["updated"] = item.Updated.ToUnixTimeSeconds(),
        },
    };
}
