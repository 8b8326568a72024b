using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ferry.Api.Serialization;

/// <summary>Writes <see cref="DateTimeOffset"/> the way the API server does (see <see cref="KubernetesTime"/>).</summary>
internal sealed class KubernetesDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        KubernetesTime.Parse(reader.GetString() ?? throw new JsonException("expected a timestamp string"));

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(KubernetesTime.Format(value));
}
