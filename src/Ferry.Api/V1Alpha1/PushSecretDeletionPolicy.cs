using System.Text.Json.Serialization;

namespace Ferry.Api.V1Alpha1;

[JsonConverter(typeof(JsonStringEnumConverter<PushSecretDeletionPolicy>))]
public enum PushSecretDeletionPolicy
{
    [JsonStringEnumMemberName("Delete")]
    Delete,

    [JsonStringEnumMemberName("None")]
    None,
}
