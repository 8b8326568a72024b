using Ferry.Api.Admission;
using Ferry.Api.V1;
using Ferry.Api.V1Alpha1;

namespace Ferry.Api.Tests.Admission;

public sealed class PushSecretRulesTests
{
    [Fact]
    public void Validate_PushSecret_ChecksRefreshIntervalAndRegexes()
    {
        var pushSecret = new PushSecret
        {
            Spec = new()
            {
                RefreshInterval = "1x",
                DataTo =
                [
                    new() { Match = new FindName { Regexp = "^(db" }, Rewrite = [new() { Regexp = new() { Source = "\\Z", Target = "" } }] },
                ],
            },
        };

        var errors = PushSecretRules.Validate(pushSecret);

        Assert.Equal(
            [
                new AdmissionError("spec.refreshInterval", "time: unknown unit \"x\" in duration \"1x\""),
                new AdmissionError("spec.dataTo[0].match.regexp", "error parsing regexp: missing closing ): `^(db`"),
                new AdmissionError("spec.dataTo[0].rewrite[0].regexp.source", "error parsing regexp: invalid escape sequence: `\\Z`"),
            ],
            errors);
    }

    [Fact]
    public void Validate_ClusterPushSecret_ReportsAtPushSecretSpecAndRefreshTime()
    {
        var clusterPushSecret = new ClusterPushSecret { Spec = new() { RefreshTime = "an hour", PushSecretSpec = new() { RefreshInterval = "10m" } } };

        var errors = PushSecretRules.Validate(clusterPushSecret);

        Assert.Equal([new AdmissionError("spec.refreshTime", "time: invalid duration \"an hour\"")], errors);
    }

    [Fact]
    public void Validate_ClusterExternalSecret_ChecksTheEmbeddedSpecAtItsPath()
    {
        var clusterExternalSecret = new ClusterExternalSecret
        {
            Spec = new() { RefreshTime = "1h", ExternalSecretSpec = new() { DataFrom = [new()] } },
        };

        var errors = ClusterExternalSecretRules.Validate(clusterExternalSecret);

        Assert.Equal([new AdmissionError("spec.externalSecretSpec.dataFrom[0]", "either extract, find, or sourceRef must be set to dataFrom")], errors);
    }
}
