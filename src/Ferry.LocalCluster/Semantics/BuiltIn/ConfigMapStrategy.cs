using System.Text;
using System.Text.Json.Nodes;
using Ferry.LocalCluster.Http;

namespace Ferry.LocalCluster.Semantics.BuiltIn;

/// <summary>core/v1 ConfigMap: key rules, no key in both data and binaryData, immutability, size limit.</summary>
internal sealed class ConfigMapStrategy : ResourceStrategy
{
    private static readonly string[] Fields = ["data", "binaryData", "immutable"];

    protected override IReadOnlyCollection<string> KnownFields => Fields;

    public override void Validate(JsonObject value, JsonObject? old, List<FieldError> errors)
    {
        var data = JsonFields.Object(value, "data");
        var binary = JsonFields.Object(value, "binaryData");
        ConfigKeys.Validate("data", data, errors);
        ConfigKeys.Validate("binaryData", binary, errors);
        var total = 0L;
        foreach (var (key, node) in data ?? [])
        {
            total += Encoding.UTF8.GetByteCount(node?.GetValue<string>() ?? string.Empty);
            if (binary?.ContainsKey(key) == true)
            {
                errors.Add(FieldError.Invalid($"data[{key}]", key, "duplicate of key present in binaryData"));
            }
        }

        foreach (var (_, node) in binary ?? [])
        {
            total += (node?.GetValue<string>() ?? string.Empty).Length * 3 / 4;
        }

        if (total > ConfigKeys.MaxTotalBytes)
        {
            errors.Add(FieldError.TooLong(string.Empty, $"must have at most {ConfigKeys.MaxTotalBytes} bytes"));
        }

        ConfigKeys.ValidateImmutable(value, old, ["data", "binaryData"], errors);
    }
}
