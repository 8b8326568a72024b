using System.Globalization;
using System.Text.Json.Nodes;

namespace Ferry.Providers.Gcp;

/// <summary>SecretPayload: base64 data with its CRC-32C, checked on read and sent on write.</summary>
internal static class GcpPayload
{
    public static SecretValue Read(JsonNode accessResponse, string secretId)
    {
        var payload = accessResponse["payload"];
        var data = payload?["data"]?.GetValue<string>() ?? string.Empty;
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(data);
        }
        catch (FormatException ex)
        {
            throw new ProviderException($"secret {secretId}: payload.data is not base64", ex);
        }

        if (payload?["dataCrc32c"] is { } checksum
            && long.TryParse(checksum.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var expected)
            && expected != Crc32C.Compute(bytes))
        {
            throw new ProviderException($"secret {secretId}: payload checksum mismatch (dataCrc32c), data corrupted in transit");
        }

        return SecretValue.Wrap(bytes);
    }

    public static JsonObject Write(SecretValue value)
    {
        var bytes = value.Bytes.Span;
        return new JsonObject
        {
            ["payload"] = new JsonObject
            {
                ["data"] = Convert.ToBase64String(bytes),
                ["dataCrc32c"] = Crc32C.Compute(bytes).ToString(CultureInfo.InvariantCulture),
            },
        };
    }
}
