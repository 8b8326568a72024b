using System.Text.Json.Serialization;

namespace Ferry.Api.V1.Providers.Aws;

public sealed class AwsSecretsManager
{
    [JsonPropertyName("forceDeleteWithoutRecovery")]
    public bool? ForceDeleteWithoutRecovery { get; set; }

    [JsonPropertyName("recoveryWindowInDays")]
    public long? RecoveryWindowInDays { get; set; }
}
