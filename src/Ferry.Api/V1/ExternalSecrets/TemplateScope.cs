using System.Text.Json.Serialization;

namespace Ferry.Api.V1;

[JsonConverter(typeof(JsonStringEnumConverter<TemplateScope>))]
public enum TemplateScope
{
    [JsonStringEnumMemberName("Values")]
    Values,

    [JsonStringEnumMemberName("KeysAndValues")]
    KeysAndValues,
}
