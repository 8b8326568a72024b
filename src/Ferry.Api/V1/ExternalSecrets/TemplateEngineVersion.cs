using System.Text.Json.Serialization;

namespace Ferry.Api.V1;

[JsonConverter(typeof(JsonStringEnumConverter<TemplateEngineVersion>))]
public enum TemplateEngineVersion
{
    [JsonStringEnumMemberName("v2")]
    V2,
}
