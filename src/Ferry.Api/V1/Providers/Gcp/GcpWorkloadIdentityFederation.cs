using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Gcp;

[Description("Workload identity federation settings.")]
public sealed class GcpWorkloadIdentityFederation
{
    [Description("Audience of the token exchange, naming the workload identity pool provider; absent takes it from credConfig.")]
    [JsonPropertyName("audience")]
    public string? Audience { get; set; }

    [Description("AWS credentials used as the external identity when the pool trusts AWS.")]
    [JsonPropertyName("awsSecurityCredentials")]
    public GcpAwsSecurityCredentials? AwsSecurityCredentials { get; set; }

    [Description("ConfigMap key holding the credential configuration file that Google Cloud generated for the pool.")]
    [JsonPropertyName("credConfig")]
    public GcpConfigMapReference? CredConfig { get; set; }

    [Description("Expected URL of the external token source; it must equal the url in credConfig, as a safety check.")]
    [JsonPropertyName("externalTokenEndpoint")]
    public string? ExternalTokenEndpoint { get; set; }

    [Description("Email of the Google service account to impersonate after the exchange.")]
    [JsonPropertyName("gcpServiceAccountEmail")]
    [Pattern(@"^.*@.*\.iam\.gserviceaccount\.com$")]
    [Bounds(MinLength = 1)]
    [Example("\"my-gsa@my-project.iam.gserviceaccount.com\"")]
    public string? GcpServiceAccountEmail { get; set; }

    [Description("Kubernetes ServiceAccount whose token is exchanged as the external identity.")]
    [JsonPropertyName("serviceAccountRef")]
    public ServiceAccountSelector? ServiceAccountRef { get; set; }
}
