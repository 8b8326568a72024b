using System.Text.Json.Nodes;

namespace Ferry.LocalCluster.Http;

/// <summary>
/// Decodes the protobuf bodies kubectl's <c>create</c> generators send (Namespace, Secret, ConfigMap,
/// ServiceAccount) into the JSON the rest of the server works on; any other kind stays 415.
/// </summary>
internal static class ProtobufObjects
{
    private static ReadOnlySpan<byte> Magic => "k8s\0"u8;

    public static JsonObject Decode(ReadOnlySpan<byte> body)
    {
        if (!body.StartsWith(Magic))
        {
            throw Unsupported();
        }

        var envelope = new ProtobufReader(body[Magic.Length..]);
        string? apiVersion = null;
        string? kind = null;
        ReadOnlySpan<byte> raw = default;
        while (!envelope.AtEnd)
        {
            var (field, wire) = envelope.ReadTag();
            switch (field)
            {
                case 1:
                    var typeMeta = new ProtobufReader(envelope.ReadBytes());
                    while (!typeMeta.AtEnd)
                    {
                        var (f, w) = typeMeta.ReadTag();
                        if (f == 1)
                        {
                            apiVersion = typeMeta.ReadString();
                        }
                        else if (f == 2)
                        {
                            kind = typeMeta.ReadString();
                        }
                        else
                        {
                            typeMeta.Skip(w);
                        }
                    }

                    break;
                case 2:
                    raw = envelope.ReadBytes();
                    break;
                default:
                    envelope.Skip(wire);
                    break;
            }
        }

        var result = new JsonObject { ["apiVersion"] = apiVersion, ["kind"] = kind };
        var reader = new ProtobufReader(raw);
        while (!reader.AtEnd)
        {
            var (field, wire) = reader.ReadTag();
            switch ((kind, field))
            {
                case (_, 1):
                    result["metadata"] = Metadata(reader.ReadBytes());
                    break;
                case ("Secret", 2):
                    AddEntry(result, "data", reader.ReadBytes(), base64: true);
                    break;
                case ("Secret", 3):
                    result["type"] = reader.ReadString();
                    break;
                case ("Secret", 4) or ("ConfigMap", 2):
                    AddEntry(result, kind == "Secret" ? "stringData" : "data", reader.ReadBytes(), base64: false);
                    break;
                case ("ConfigMap", 3):
                    AddEntry(result, "binaryData", reader.ReadBytes(), base64: true);
                    break;
                case ("Secret", 5) or ("ConfigMap", 4):
                    result["immutable"] = reader.ReadVarint() != 0;
                    break;
                case ("ServiceAccount", 4):
                    result["automountServiceAccountToken"] = reader.ReadVarint() != 0;
                    break;
                case ("TokenRequest", 2):
                    result["spec"] = TokenRequestSpec(reader.ReadBytes());
                    break;
                case ("Namespace" or "ServiceAccount" or "TokenRequest", _):
                    reader.Skip(wire);
                    break;
                default:
                    throw Unsupported();
            }
        }

        return kind is "Secret" or "ConfigMap" or "Namespace" or "ServiceAccount" or "TokenRequest" ? result : throw Unsupported();
    }

    /// <summary>TokenRequestSpec: audiences = 1, boundObjectRef = 3 (kind, apiVersion, name, uid), expirationSeconds = 4.</summary>
    private static JsonObject TokenRequestSpec(ReadOnlySpan<byte> bytes)
    {
        var spec = new JsonObject();
        var audiences = new JsonArray();
        var reader = new ProtobufReader(bytes);
        while (!reader.AtEnd)
        {
            var (field, wire) = reader.ReadTag();
            switch (field)
            {
                case 1:
                    audiences.Add(reader.ReadString());
                    break;
                case 3:
                    var bound = new JsonObject();
                    var inner = new ProtobufReader(reader.ReadBytes());
                    while (!inner.AtEnd)
                    {
                        var (f, w) = inner.ReadTag();
                        if (f is >= 1 and <= 4)
                        {
                            bound[f switch { 1 => "kind", 2 => "apiVersion", 3 => "name", _ => "uid" }] = inner.ReadString();
                        }
                        else
                        {
                            inner.Skip(w);
                        }
                    }

                    spec["boundObjectRef"] = bound;
                    break;
                case 4:
                    spec["expirationSeconds"] = (long)reader.ReadVarint();
                    break;
                default:
                    reader.Skip(wire);
                    break;
            }
        }

        spec["audiences"] = audiences;
        return spec;
    }

    /// <summary>Protobuf carries empty strings that JSON would omit; an empty one means the field is unset.</summary>
    private static void SetIfPresent(JsonObject target, string field, string value)
    {
        if (value.Length > 0)
        {
            target[field] = value;
        }
    }

    private static JsonObject Metadata(ReadOnlySpan<byte> bytes)
    {
        var metadata = new JsonObject();
        var reader = new ProtobufReader(bytes);
        while (!reader.AtEnd)
        {
            var (field, wire) = reader.ReadTag();
            switch (field)
            {
                case 1:
                    SetIfPresent(metadata, "name", reader.ReadString());
                    break;
                case 2:
                    SetIfPresent(metadata, "generateName", reader.ReadString());
                    break;
                case 3:
                    SetIfPresent(metadata, "namespace", reader.ReadString());
                    break;
                case 11:
                    AddEntry(metadata, "labels", reader.ReadBytes(), base64: false);
                    break;
                case 12:
                    AddEntry(metadata, "annotations", reader.ReadBytes(), base64: false);
                    break;
                case 14:
                    if (metadata["finalizers"] is not JsonArray finalizers)
                    {
                        finalizers = [];
                        metadata["finalizers"] = finalizers;
                    }

                    finalizers.Add(reader.ReadString());
                    break;
                default:
                    reader.Skip(wire);
                    break;
            }
        }

        return metadata;
    }

    /// <summary>One map entry (a message with key = 1, value = 2) added to a JSON map.</summary>
    private static void AddEntry(JsonObject target, string property, ReadOnlySpan<byte> entry, bool base64)
    {
        var reader = new ProtobufReader(entry);
        var key = string.Empty;
        JsonNode value = string.Empty;
        while (!reader.AtEnd)
        {
            var (field, wire) = reader.ReadTag();
            if (field == 1)
            {
                key = reader.ReadString();
            }
            else if (field == 2)
            {
                var bytes = reader.ReadBytes();
                value = base64 ? Convert.ToBase64String(bytes) : System.Text.Encoding.UTF8.GetString(bytes);
            }
            else
            {
                reader.Skip(wire);
            }
        }

        if (target[property] is not JsonObject map)
        {
            map = [];
            target[property] = map;
        }

        map[key] = value;
    }

    private static ApiException Unsupported() => new(415, "UnsupportedMediaType",
        "the body of the request was in an unknown format - accepted media types include: application/json, application/yaml");
}
