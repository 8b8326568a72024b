using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.V1.Providers.Gcp;

public sealed class GcpWorkloadIdentityFederation
{
    [JsonPropertyName("audience")]
    public string? Audience { get; set; }

    [JsonPropertyName("awsSecurityCredentials")]
    public GcpAwsSecurityCredentials? AwsSecurityCredentials { get; set; }

    [JsonPropertyName("credConfig")]
    public GcpConfigMapReference? CredConfig { get; set; }

    [JsonPropertyName("externalTokenEndpoint")]
    public string? ExternalTokenEndpoint { get; set; }

    [JsonPropertyName("gcpServiceAccountEmail")]
    [Pattern(@"^.*@.*\.iam\.gserviceaccount\.com$")]
    [Bounds(MinLength = 1)]
    [Example("\"my-gsa@my-project.iam.gserviceaccount.com\"")]
    public string? GcpServiceAccountEmail { get; set; }

    [JsonPropertyName("serviceAccountRef")]
    public ServiceAccountSelector? ServiceAccountRef { get; set; }
}
