using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Kubernetes;

public sealed class TokenAuth
{
    [JsonPropertyName("bearerToken")]
    [Required]
    public SecretKeySelector BearerToken { get; set; } = new();
}
