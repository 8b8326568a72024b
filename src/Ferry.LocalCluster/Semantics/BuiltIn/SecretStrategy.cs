using System.Text;
using System.Text.Json.Nodes;
using Ferry.LocalCluster.Http;

namespace Ferry.LocalCluster.Semantics.BuiltIn;

/// <summary>core/v1 Secret: stringData merged into data, type defaults and type rules, immutability, size limit.</summary>
internal sealed class SecretStrategy : ResourceStrategy
{
    private static readonly string[] Fields = ["data", "stringData", "type", "immutable"];

    protected override IReadOnlyCollection<string> KnownFields => Fields;

    public override void PrepareForCreate(JsonObject value) => Normalize(value);

    public override void PrepareForUpdate(JsonObject value, JsonObject old) => Normalize(value);

    public override string? SelectableField(string field, JsonObject value) =>
        field == "type" ? JsonFields.String(value, "type") ?? string.Empty : null;

    public override void Validate(JsonObject value, JsonObject? old, List<FieldError> errors)
    {
        var data = JsonFields.Object(value, "data");
        ConfigKeys.Validate("data", data, errors);
        var total = 0L;
        foreach (var (_, node) in data ?? [])
        {
            total += Convert.FromBase64String(node!.GetValue<string>()).Length;
        }

        if (total > ConfigKeys.MaxTotalBytes)
        {
            errors.Add(FieldError.TooLong("data", $"may not be more than {ConfigKeys.MaxTotalBytes} bytes"));
        }

        var type = JsonFields.String(value, "type") ?? "Opaque";
        ValidateType(type, value, data, errors);
        if (old is not null)
        {
            var oldType = JsonFields.String(old, "type") ?? "Opaque";
            if (!string.Equals(type, oldType, StringComparison.Ordinal))
            {
                errors.Add(FieldError.Invalid("type", type, "field is immutable"));
            }
        }

        ConfigKeys.ValidateImmutable(value, old, ["data"], errors);
    }

    private static void ValidateType(string type, JsonObject value, JsonObject? data, List<FieldError> errors)
    {
        bool Has(string key) => data?.ContainsKey(key) == true;
        switch (type)
        {
            case "kubernetes.io/service-account-token":
                if (string.IsNullOrEmpty(JsonFields.String(JsonFields.Object(JsonFields.Metadata(value), "annotations"), "kubernetes.io/service-account.name")))
                {
                    errors.Add(FieldError.Required("metadata.annotations[kubernetes.io/service-account.name]"));
                }

                break;
            case "kubernetes.io/dockercfg":
                RequireJson(".dockercfg", data, errors);
                break;
            case "kubernetes.io/dockerconfigjson":
                RequireJson(".dockerconfigjson", data, errors);
                break;
            case "kubernetes.io/basic-auth":
                if (!Has("username") && !Has("password"))
                {
                    errors.Add(FieldError.Required("data[username]"));
                    errors.Add(FieldError.Required("data[password]"));
                }

                break;
            case "kubernetes.io/ssh-auth":
                if (!Has("ssh-privatekey"))
                {
                    errors.Add(FieldError.Required("data[ssh-privatekey]"));
                }

                break;
            case "kubernetes.io/tls":
                if (!Has("tls.key"))
                {
                    errors.Add(FieldError.Required("data[tls.key]"));
                }

                if (!Has("tls.crt"))
                {
                    errors.Add(FieldError.Required("data[tls.crt]"));
                }

                break;
            default:
                break;
        }
    }

    private static void RequireJson(string key, JsonObject? data, List<FieldError> errors)
    {
        if (data?[key] is not JsonValue encoded)
        {
            errors.Add(FieldError.Required($"data[{key}]"));
            return;
        }

        try
        {
            JsonNode.Parse(Convert.FromBase64String(encoded.GetValue<string>()));
        }
        catch (System.Text.Json.JsonException exception)
        {
            errors.Add(FieldError.Invalid($"data[{key}]", "<secret contents redacted>", exception.Message));
        }
    }

    /// <summary>Folds write-only stringData into data (stringData wins) and checks data is base64, as decoding does.</summary>
    private static void Normalize(JsonObject value)
    {
        if (value["data"] is { } dataNode && dataNode is not JsonObject)
        {
            throw ApiErrors.BadRequest("Secret in version \"v1\" cannot be handled as a Secret: json: cannot unmarshal data into Go struct field Secret.data of type map[string][]uint8");
        }

        var data = value["data"] as JsonObject;
        foreach (var (key, node) in data?.ToList() ?? [])
        {
            if (node is null)
            {
                data!.Remove(key);
                continue;
            }

            if (node is not JsonValue text || !text.TryGetValue<string>(out var encoded) || !IsBase64(encoded))
            {
                throw ApiErrors.BadRequest("Secret in version \"v1\" cannot be handled as a Secret: illegal base64 data at input byte 0");
            }
        }

        if (value["stringData"] is JsonObject stringData)
        {
            data ??= [];
            foreach (var (key, node) in stringData)
            {
                var plain = node is JsonValue text && text.TryGetValue<string>(out var s) ? s : string.Empty;
                data[key] = Convert.ToBase64String(Encoding.UTF8.GetBytes(plain));
            }

            value["data"] = data;
        }

        value.Remove("stringData");
        if (string.IsNullOrEmpty(JsonFields.String(value, "type")))
        {
            value["type"] = "Opaque";
        }
    }

    private static bool IsBase64(string encoded)
    {
        var buffer = new byte[(encoded.Length * 3 / 4) + 3];
        return Convert.TryFromBase64String(encoded, buffer, out _);
    }
}
