using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Ferry.Api.V1.Providers.Aws;

[Description("Secrets Manager settings for deleting pushed secrets.")]
public sealed class AwsSecretsManager
{
    [Description("When true a deleted secret is removed at once, with no window to restore it.")]
    [JsonPropertyName("forceDeleteWithoutRecovery")]
    public bool? ForceDeleteWithoutRecovery { get; set; }

    [Description("Days, from 7 to 30, during which a deleted secret can still be restored; absent leaves the AWS default of 30.")]
    [JsonPropertyName("recoveryWindowInDays")]
    public long? RecoveryWindowInDays { get; set; }
}
