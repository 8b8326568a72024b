using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Kubernetes;

[Description("Bearer token authentication.")]
public sealed class TokenAuth
{
    [Description("Secret key holding the bearer token.")]
    [JsonPropertyName("bearerToken")]
    [Required]
    public SecretKeySelector BearerToken { get; set; } = new();
}
