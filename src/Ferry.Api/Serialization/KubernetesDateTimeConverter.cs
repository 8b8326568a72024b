using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ferry.Api.Serialization;

/// <summary>
/// Writes <see cref="DateTime"/> (KubernetesClient's <c>V1ObjectMeta</c> timestamps) the way the API server does;
/// values are read and written as UTC whatever the machine's time zone.
/// </summary>
internal sealed class KubernetesDateTimeConverter : JsonConverter<DateTime>
{
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        KubernetesTime.Parse(reader.GetString() ?? throw new JsonException("expected a timestamp string")).UtcDateTime;

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options)
    {
        var utc = value.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : value.ToUniversalTime();
        writer.WriteStringValue(KubernetesTime.Format(new DateTimeOffset(utc)));
    }
}
