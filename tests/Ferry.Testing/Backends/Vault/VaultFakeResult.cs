using System.Text.Json.Nodes;

namespace Ferry.Testing.Backends.Vault;

/// <summary>An answer of the fake: status and JSON body (null: no body, as Vault's 204).</summary>
internal sealed record VaultFakeResult(int Status, JsonNode? Body)
{
    public static VaultFakeResult NoContent { get; } = new(204, null);

    public static VaultFakeResult Error(int status, params string[] errors) =>
        new(status, new JsonObject { ["errors"] = new JsonArray([.. errors.Select(e => (JsonNode)e)]) });

    public static VaultFakeResult NotFound() => Error(404);

    public static VaultFakeResult PermissionDenied() => Error(403, "permission denied");

    /// <summary>Vault's response envelope around <paramref name="data"/> (and/or <paramref name="auth"/>).</summary>
    public static VaultFakeResult Ok(JsonNode? data, JsonObject? auth = null, long leaseDuration = 0, string? mountType = null, int status = 200) =>
        new(status, new JsonObject
        {
            ["request_id"] = Guid.NewGuid().ToString(),
            ["lease_id"] = string.Empty,
            ["renewable"] = false,
            ["lease_duration"] = leaseDuration,
            ["data"] = data,
            ["wrap_info"] = null,
            ["warnings"] = null,
            ["auth"] = auth,
            ["mount_type"] = mountType ?? string.Empty,
        });
}
