using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Ferry.Testing.Backends.Azure;

/// <summary>
/// The Key Vault data plane: secrets (versions, tags, paging, soft delete, recovery), key import and read, certificate
/// import and read. Callers have already checked api-version, the bearer token and injected faults.
/// </summary>
internal sealed partial class AzureFakeVaultApi(AzureFakeStore store, AzureFakeVaultContext vault)
{
    private const int MaxPageSize = 25;

    /// <summary>The operation a request names (for counting and fault targeting), or null when no route matches.</summary>
    public static string? Operation(string method, string[] s) => (s.Length, s.ElementAtOrDefault(0), method) switch
    {
        (1, "secrets", "GET") => "ListSecrets",
        (2, "secrets", "GET") => "GetSecret",
        (2, "secrets", "PUT") => "SetSecret",
        (2, "secrets", "DELETE") => "DeleteSecret",
        (3, "secrets", "GET") when s[2] == "versions" => "ListSecretVersions",
        (3, "secrets", "GET") => "GetSecret",
        (3, "secrets", "PATCH") => "UpdateSecret",
        (2, "deletedsecrets", "GET") => "GetDeletedSecret",
        (2, "deletedsecrets", "DELETE") => "PurgeDeletedSecret",
        (3, "deletedsecrets", "POST") when s[2] == "recover" => "RecoverDeletedSecret",
        (2 or 3, "keys", "GET") => "GetKey",
        (2, "keys", "PUT") => "ImportKey",
        (2, "keys", "DELETE") => "DeleteKey",
        (3, "certificates", "POST") when s[2] == "import" => "ImportCertificate",
        (2 or 3, "certificates", "GET") => "GetCertificate",
        (2, "certificates", "DELETE") => "DeleteCertificate",
        _ => null,
    };

    public Task HandleAsync(HttpContext context, string operation, string[] s) => operation switch
    {
        "ListSecrets" => ListAsync(context, store.Latest(AzureFakeObjectKind.Secret), withVersion: false),
        "ListSecretVersions" => ListAsync(context, store.Versions(AzureFakeObjectKind.Secret, s[1]), withVersion: true),
        "GetSecret" or "GetKey" or "GetCertificate" => GetAsync(context, KindOf(s[0]), s[1], s.ElementAtOrDefault(2)),
        "SetSecret" => SetSecretAsync(context, s[1]),
        "UpdateSecret" => UpdateSecretAsync(context, s[1], s[2]),
        "DeleteSecret" or "DeleteKey" or "DeleteCertificate" => DeleteAsync(context, KindOf(s[0]), s[1]),
        "GetDeletedSecret" => GetDeletedAsync(context, s[1]),
        "PurgeDeletedSecret" => PurgeAsync(context, s[1]),
        "RecoverDeletedSecret" => RecoverAsync(context, s[1]),
        "ImportKey" => ImportKeyAsync(context, s[1]),
        "ImportCertificate" => ImportCertificateAsync(context, s[1]),
        _ => AzureFakeHttp.WriteVaultErrorAsync(context, 404, "NotFound", "The requested resource was not found."),
    };

    private static AzureFakeObjectKind KindOf(string collection) => collection switch
    {
        "secrets" => AzureFakeObjectKind.Secret,
        "keys" => AzureFakeObjectKind.Key,
        _ => AzureFakeObjectKind.Certificate,
    };

    private async Task GetAsync(HttpContext context, AzureFakeObjectKind kind, string name, string? version)
    {
        var item = store.Get(kind, name, version);
        if (item is null)
        {
            await NotFoundAsync(context, kind, version is null ? name : $"{name}/{version}");
            return;
        }

        if (!item.Enabled && kind == AzureFakeObjectKind.Secret)
        {
            await AzureFakeHttp.WriteVaultErrorAsync(context, 403, "Forbidden", "Operation get is not allowed on a disabled secret.", "SecretDisabled");
            return;
        }

        await AzureFakeHttp.WriteJsonAsync(context, 200, AzureFakeBundles.Bundle(vault.VaultUri, item));
    }

    private async Task ListAsync(HttpContext context, IReadOnlyList<AzureFakeItem> items, bool withVersion)
    {
        var query = context.Request.Query;
        var size = Math.Min(MaxPageSize, vault.PageSize);
        if (query.TryGetValue("maxresults", out var max))
        {
            if (!int.TryParse(max, CultureInfo.InvariantCulture, out var requested) || requested < 1 || requested > MaxPageSize)
            {
                await AzureFakeHttp.WriteVaultErrorAsync(context, 400, "BadParameter", "The value of 'maxresults' must be between 1 and 25.");
                return;
            }

            size = Math.Min(size, requested);
        }

        var offset = query.TryGetValue("$skiptoken", out var token) ? DecodeSkipToken(token.ToString()) : 0;
        var page = new JsonArray([.. items.Skip(offset).Take(size).Select(i => (JsonNode)AzureFakeBundles.Item(vault.VaultUri, i, withVersion))]);
        string? next = null;
        if (offset + size < items.Count)
        {
            var path = context.Request.Path.Value!.TrimStart('/');
            next = $"{vault.VaultUri}{path}?api-version={query["api-version"]}&$skiptoken={EncodeSkipToken(offset + size)}&maxresults={size}";
        }

        await AzureFakeHttp.WriteJsonAsync(context, 200, new JsonObject { ["value"] = page, ["nextLink"] = next });
    }

    private async Task SetSecretAsync(HttpContext context, string name)
    {
        if (!await CheckNameAsync(context, name) || !await CheckNotDeletedAsync(context, AzureFakeObjectKind.Secret, name))
        {
            return;
        }

        var body = await AzureFakeHttp.ReadJsonObjectAsync(context);
        if (body?["value"] is not JsonValue valueNode || !valueNode.TryGetValue<string>(out var value))
        {
            await AzureFakeHttp.WriteVaultErrorAsync(context, 400, "BadParameter", "Property value is required and must be a string.");
            return;
        }

        var now = vault.Time.GetUtcNow();
        var attributes = body["attributes"] as JsonObject;
        var item = store.Add(new AzureFakeItem
        {
            Kind = AzureFakeObjectKind.Secret,
            Name = name,
            Version = AzureFakeStore.NewVersion(),
            Value = value,
            ContentType = body["contentType"]?.GetValue<string>(),
            Tags = ReadTags(body),
            Enabled = attributes?["enabled"]?.GetValue<bool>() ?? true,
            NotBefore = ReadTime(attributes, "nbf"),
            Expires = ReadTime(attributes, "exp"),
            Created = now,
            Updated = now,
        });
        await AzureFakeHttp.WriteJsonAsync(context, 200, AzureFakeBundles.Bundle(vault.VaultUri, item));
    }

    private async Task UpdateSecretAsync(HttpContext context, string name, string version)
    {
        var existing = store.Get(AzureFakeObjectKind.Secret, name, version);
        if (existing is null)
        {
            await NotFoundAsync(context, AzureFakeObjectKind.Secret, $"{name}/{version}");
            return;
        }

        var body = await AzureFakeHttp.ReadJsonObjectAsync(context) ?? [];
        var attributes = body["attributes"] as JsonObject;
        var updated = existing with
        {
            ContentType = body.ContainsKey("contentType") ? body["contentType"]?.GetValue<string>() : existing.ContentType,
            Tags = body.ContainsKey("tags") ? ReadTags(body) : existing.Tags,
            Enabled = attributes?["enabled"]?.GetValue<bool>() ?? existing.Enabled,
            NotBefore = attributes?.ContainsKey("nbf") == true ? ReadTime(attributes, "nbf") : existing.NotBefore,
            Expires = attributes?.ContainsKey("exp") == true ? ReadTime(attributes, "exp") : existing.Expires,
            Updated = vault.Time.GetUtcNow(),
        };
        store.Replace(updated);
        var bundle = AzureFakeBundles.Bundle(vault.VaultUri, updated);
        bundle.Remove("value");
        await AzureFakeHttp.WriteJsonAsync(context, 200, bundle);
    }

    private async Task DeleteAsync(HttpContext context, AzureFakeObjectKind kind, string name)
    {
        var now = vault.Time.GetUtcNow();
        var deleted = store.Delete(kind, name, now, vault.SoftDelete);
        if (deleted is null)
        {
            await NotFoundAsync(context, kind, name);
            return;
        }

        if (kind == AzureFakeObjectKind.Certificate)
        {
            // A certificate's key and secret go with it.
            store.Delete(AzureFakeObjectKind.Secret, name, now, vault.SoftDelete);
        }

        await AzureFakeHttp.WriteJsonAsync(context, 200, AzureFakeBundles.Deleted(vault.VaultUri, deleted, now));
    }

    private async Task GetDeletedAsync(HttpContext context, string name)
    {
        if (store.GetDeleted(AzureFakeObjectKind.Secret, name) is not { } deleted)
        {
            await AzureFakeHttp.WriteVaultErrorAsync(context, 404, "SecretNotFound", $"Deleted Secret not found: {name}");
            return;
        }

        await AzureFakeHttp.WriteJsonAsync(context, 200, AzureFakeBundles.Deleted(vault.VaultUri, deleted.Latest, deleted.DeletedAt));
    }

    private async Task PurgeAsync(HttpContext context, string name)
    {
        if (!store.Purge(AzureFakeObjectKind.Secret, name))
        {
            await AzureFakeHttp.WriteVaultErrorAsync(context, 404, "SecretNotFound", $"Deleted Secret not found: {name}");
            return;
        }

        context.Response.StatusCode = 204;
    }

    private async Task RecoverAsync(HttpContext context, string name)
    {
        if (store.Recover(AzureFakeObjectKind.Secret, name) is not { } recovered)
        {
            await AzureFakeHttp.WriteVaultErrorAsync(context, 404, "SecretNotFound", $"Deleted Secret not found: {name}");
            return;
        }

        var bundle = AzureFakeBundles.Bundle(vault.VaultUri, recovered);
        bundle.Remove("value");
        await AzureFakeHttp.WriteJsonAsync(context, 200, bundle);
    }

    private async Task ImportKeyAsync(HttpContext context, string name)
    {
        if (!await CheckNameAsync(context, name) || !await CheckNotDeletedAsync(context, AzureFakeObjectKind.Key, name))
        {
            return;
        }

        var body = await AzureFakeHttp.ReadJsonObjectAsync(context);
        if (body?["key"] is not JsonObject jwk || AzureFakeKeys.PublicPart(jwk) is not { } publicJwk)
        {
            await AzureFakeHttp.WriteVaultErrorAsync(context, 400, "BadParameter", "The key is not a valid JSON Web Key with private key material of type RSA or EC.");
            return;
        }

        var now = vault.Time.GetUtcNow();
        var attributes = body["attributes"] as JsonObject;
        var item = store.Add(new AzureFakeItem
        {
            Kind = AzureFakeObjectKind.Key,
            Name = name,
            Version = AzureFakeStore.NewVersion(),
            Key = publicJwk,
            Tags = ReadTags(body),
            Enabled = attributes?["enabled"]?.GetValue<bool>() ?? true,
            Created = now,
            Updated = now,
        });
        await AzureFakeHttp.WriteJsonAsync(context, 200, AzureFakeBundles.Bundle(vault.VaultUri, item));
    }

    private async Task ImportCertificateAsync(HttpContext context, string name)
    {
        if (!await CheckNameAsync(context, name) || !await CheckNotDeletedAsync(context, AzureFakeObjectKind.Certificate, name))
        {
            return;
        }

        var body = await AzureFakeHttp.ReadJsonObjectAsync(context);
        var contentType = body?["policy"]?["secret_props"]?["contentType"]?.GetValue<string>() ?? "application/x-pkcs12";
        var imported = AzureFakeCertificates.Import(
            body?["value"]?.GetValue<string>() ?? string.Empty,
            body?["pwd"]?.GetValue<string>(),
            pem: contentType == "application/x-pem-file");
        if (imported is null)
        {
            await AzureFakeHttp.WriteVaultErrorAsync(context, 400, "BadParameter", "The specified X.509 certificate content is in an unexpected format, or has no private key. Please check if certificate is in valid PEM or PFX format.");
            return;
        }

        var now = vault.Time.GetUtcNow();
        var version = AzureFakeStore.NewVersion();
        var tags = ReadTags(body!);
        var item = store.Add(new AzureFakeItem
        {
            Kind = AzureFakeObjectKind.Certificate,
            Name = name,
            Version = version,
            Certificate = imported.Value.Der,
            ContentType = contentType,
            Tags = tags,
            Created = now,
            Updated = now,
        });
        store.Add(new AzureFakeItem
        {
            Kind = AzureFakeObjectKind.Secret,
            Name = name,
            Version = version,
            Value = imported.Value.SecretValue,
            ContentType = contentType,
            Tags = tags,
            Managed = true,
            Created = now,
            Updated = now,
        });
        await AzureFakeHttp.WriteJsonAsync(context, 200, AzureFakeBundles.Bundle(vault.VaultUri, item));
    }

    private static async Task<bool> CheckNameAsync(HttpContext context, string name)
    {
        if (ObjectName().IsMatch(name))
        {
            return true;
        }

        await AzureFakeHttp.WriteVaultErrorAsync(context, 400, "BadParameter", $"The request URI contains an invalid name: {name}");
        return false;
    }

    private async Task<bool> CheckNotDeletedAsync(HttpContext context, AzureFakeObjectKind kind, string name)
    {
        if (!store.IsDeleted(kind, name))
        {
            return true;
        }

        var noun = kind switch { AzureFakeObjectKind.Secret => "Secret", AzureFakeObjectKind.Key => "Key", _ => "Certificate" };
        await AzureFakeHttp.WriteVaultErrorAsync(
            context, 409, "Conflict",
            $"{noun} {name} is currently in a deleted but recoverable state, and its name cannot be reused; in this state, the {noun.ToLowerInvariant()} can only be recovered or purged.",
            "ObjectIsDeletedButRecoverable");
        return false;
    }

    private static Task NotFoundAsync(HttpContext context, AzureFakeObjectKind kind, string what)
    {
        var (code, noun) = kind switch
        {
            AzureFakeObjectKind.Secret => ("SecretNotFound", "secret"),
            AzureFakeObjectKind.Key => ("KeyNotFound", "key"),
            _ => ("CertificateNotFound", "certificate"),
        };
        return AzureFakeHttp.WriteVaultErrorAsync(context, 404, code, $"A {noun} with (name/id) {what} was not found in this key vault. If you recently deleted this {noun} you may be able to recover it using the correct recovery command. For help resolving this issue, please see https://go.microsoft.com/fwlink/?linkid=2125182");
    }

    private static Dictionary<string, string>? ReadTags(JsonObject body) =>
        body["tags"] is JsonObject tags
            ? tags.ToDictionary(t => t.Key, t => t.Value?.GetValue<string>() ?? string.Empty, StringComparer.Ordinal)
            : null;

    private static DateTimeOffset? ReadTime(JsonObject? attributes, string name) =>
        attributes?[name] is JsonValue value && value.TryGetValue<long>(out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;

    private static string EncodeSkipToken(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(offset.ToString(CultureInfo.InvariantCulture)));

    private static int DecodeSkipToken(string token)
    {
        try
        {
            return int.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(token)), CultureInfo.InvariantCulture);
        }
        catch (FormatException)
        {
            return int.MaxValue;
        }
    }

    [GeneratedRegex("^[0-9a-zA-Z-]{1,127}$")]
    private static partial Regex ObjectName();
}
