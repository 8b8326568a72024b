using System.CommandLine;
using Ferry.Commands;
using Ferry.Commands.Run;
using Microsoft.Extensions.Logging;

namespace Ferry.Tests.Commands;

public sealed class RunCommandTests
{
    // Every controller flag of ESO 2.9 (eso-behaviour.md §3.2), each with a value in ESO's own syntax.
    private static readonly string[] AllEsoFlags =
    [
        "--metrics-addr=:9090",
        "--metrics-secure=true",
        "--metrics-auth",
        "--metrics-cert-dir=/certs",
        "--metrics-cert-name=cert.pem",
        "--metrics-key-name=key.pem",
        "--live-addr=:9091",
        "--controller-class=team-a",
        "--enable-leader-election",
        "--leader-election-id=my-lease",
        "--leader-election-lease-duration=30s",
        "--leader-election-renew-deadline=20s",
        "--leader-election-retry-period=4s",
        "--concurrent=5",
        "--client-qps=25.5",
        "--client-burst=40",
        "--loglevel=debug",
        "--zap-time-encoding=iso8601",
        "--namespace=apps",
        "--enable-cluster-store-reconciler=false",
        "--enable-secret-store-reconciler=false",
        "--enable-cluster-external-secret-reconciler=false",
        "--enable-push-secret-reconciler=false",
        "--enable-cluster-push-secret-reconciler=false",
        "--enable-secrets-caching=true",
        "--enable-configmaps-caching=true",
        "--enable-managed-secrets-caching=false",
        "--enable-secret-api-read-on-cache-mismatch=false",
        "--store-requeue-interval=1m30s",
        "--enable-flood-gate=false",
        "--enable-generator-state=false",
        "--enable-extended-metric-labels=true",
        "--enable-http2",
        "--unsafe-allow-generic-targets",
        "--template-left-delimiter=<<",
        "--template-right-delimiter=>>",
        "--generator-gc-grace-period=5m",
        "--enable-vault-token-cache",
        "--vault-token-cache-size=100",
        "--experimental-enable-vault-token-cache=true",
        "--experimental-vault-token-cache-size=100",
        "--doppler-oidc-cache-size=10",
        "--enable-v2-providers=false",
    ];

    public static TheoryData<string> EsoFlags => new(AllEsoFlags);

    [Theory]
    [MemberData(nameof(EsoFlags))]
    public void Parse_EsoControllerFlag_Accepted(string flag)
    {
        var parse = Root().Parse(["run", flag]);

        Assert.Empty(parse.Errors);
    }

    [Fact]
    public void Parse_EveryEsoFlagTogether_Accepted()
    {
        var parse = Root().Parse(["run", .. AllEsoFlags]);

        Assert.Empty(parse.Errors);
    }

    [Fact]
    public void Parse_SpaceSeparatedValues_AcceptedAsPflagDoes()
    {
        var parse = Root().Parse(["run", "--controller-class", "team-b", "--store-requeue-interval", "10m", "--concurrent", "3"]);

        Assert.Empty(parse.Errors);
    }

    [Fact]
    public void Bind_NoFlags_EsoDefaults()
    {
        var settings = Bind();

        Assert.Equal(":8080", settings.Operator.MetricsAddress);
        Assert.Equal(":8082", settings.Operator.LiveAddress);
        Assert.Equal("default", settings.Operator.ControllerClass);
        Assert.False(settings.Operator.EnableLeaderElection);
        Assert.Equal("external-secrets-controller", settings.Operator.LeaderElectionId);
        Assert.Equal(TimeSpan.FromSeconds(15), settings.Operator.LeaderElectionLeaseDuration);
        Assert.Equal(TimeSpan.FromSeconds(10), settings.Operator.LeaderElectionRenewDeadline);
        Assert.Equal(TimeSpan.FromSeconds(2), settings.Operator.LeaderElectionRetryPeriod);
        Assert.Equal(1, settings.Operator.Concurrent);
        Assert.Equal(50f, settings.ClientQps);
        Assert.Equal(100, settings.ClientBurst);
        Assert.Equal(LogLevel.Information, settings.LogLevel);
        Assert.Null(settings.Operator.Namespace);
        Assert.True(settings.Operator.EnableClusterStoreReconciler);
        Assert.True(settings.Operator.EnableSecretStoreReconciler);
        Assert.Equal(TimeSpan.FromMinutes(5), settings.Operator.StoreRequeueInterval);
        Assert.True(settings.Operator.EnableFloodGate);
        Assert.Equal("{{", settings.Operator.TemplateLeftDelimiter);
        Assert.Equal("}}", settings.Operator.TemplateRightDelimiter);
        Assert.True(settings.Operator.WriteRefreshTimeOnUnchangedRefresh);
        Assert.Empty(settings.IgnoredFlags);
    }

    [Fact]
    public void Bind_HonouredFlags_MappedOntoTheOperator()
    {
        var settings = Bind(
            "--metrics-addr=127.0.0.1:9090", "--live-addr=0", "--controller-class=team-a", "--enable-leader-election",
            "--leader-election-id=lease-x", "--leader-election-lease-duration=30s", "--leader-election-renew-deadline=20s",
            "--leader-election-retry-period=4s", "--concurrent=5", "--client-qps=25.5", "--client-burst=40", "--loglevel=warn",
            "--namespace=apps", "--enable-cluster-store-reconciler=false", "--enable-secret-store-reconciler=false",
            "--store-requeue-interval=1m30s", "--enable-flood-gate=false", "--template-left-delimiter=<<",
            "--template-right-delimiter=>>", "--kubeconfig=/tmp/kc", "--skip-unchanged-refresh-time");

        Assert.Equal("127.0.0.1:9090", settings.Operator.MetricsAddress);
        Assert.Equal("0", settings.Operator.LiveAddress);
        Assert.Equal("team-a", settings.Operator.ControllerClass);
        Assert.True(settings.Operator.EnableLeaderElection);
        Assert.Equal("lease-x", settings.Operator.LeaderElectionId);
        Assert.Equal("lease-ns", settings.Operator.LeaderElectionNamespace);
        Assert.Equal(TimeSpan.FromSeconds(30), settings.Operator.LeaderElectionLeaseDuration);
        Assert.Equal(TimeSpan.FromSeconds(20), settings.Operator.LeaderElectionRenewDeadline);
        Assert.Equal(TimeSpan.FromSeconds(4), settings.Operator.LeaderElectionRetryPeriod);
        Assert.Equal(5, settings.Operator.Concurrent);
        Assert.Equal(25.5f, settings.ClientQps);
        Assert.Equal(40, settings.ClientBurst);
        Assert.Equal(LogLevel.Warning, settings.LogLevel);
        Assert.Equal("apps", settings.Operator.Namespace);
        Assert.False(settings.Operator.EnableClusterStoreReconciler);
        Assert.False(settings.Operator.EnableSecretStoreReconciler);
        Assert.Equal(TimeSpan.FromSeconds(90), settings.Operator.StoreRequeueInterval);
        Assert.False(settings.Operator.EnableFloodGate);
        Assert.Equal("<<", settings.Operator.TemplateLeftDelimiter);
        Assert.Equal(">>", settings.Operator.TemplateRightDelimiter);
        Assert.Equal("/tmp/kc", settings.Kubeconfig);
        Assert.False(settings.Operator.WriteRefreshTimeOnUnchangedRefresh);
        Assert.Empty(settings.IgnoredFlags);
    }

    [Fact]
    public void Bind_IgnoredFlagsGiven_EachReportedOnce()
    {
        var settings = Bind("--enable-secrets-caching", "--unsafe-allow-generic-targets=true", "--zap-time-encoding=iso8601", "--concurrent=2");

        Assert.Equal(["--enable-secrets-caching", "--unsafe-allow-generic-targets", "--zap-time-encoding"], settings.IgnoredFlags);
    }

    [Theory]
    [InlineData("debug", LogLevel.Debug)]
    [InlineData("info", LogLevel.Information)]
    [InlineData("warn", LogLevel.Warning)]
    [InlineData("error", LogLevel.Error)]
    [InlineData("dpanic", LogLevel.Critical)]
    [InlineData("fatal", LogLevel.Critical)]
    public void ToLogLevel_ZapLevel_MapsOntoDotNet(string level, LogLevel expected) =>
        Assert.Equal(expected, ControllerFlags.ToLogLevel(level));

    [Fact]
    public void Parse_DurationNotInGoSyntax_IsAnError()
    {
        var parse = Root().Parse(["run", "--store-requeue-interval=5 minutes"]);

        Assert.Contains(parse.Errors, e => e.Message.Contains("--store-requeue-interval", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invoke_UnknownFlag_ExitsWithUsageError()
    {
        var error = new StringWriter();

        var exitCode = await CommandLineRunner.InvokeAsync(Root(), ["run", "--no-such-flag"], new InvocationConfiguration { Error = error, Output = new StringWriter() });

        Assert.Equal(CommandLineRunner.UsageError, exitCode);
        Assert.Contains("--no-such-flag", error.ToString(), StringComparison.Ordinal);
    }

    private static RootCommand Root() => new("ferry") { RunCommand.Create() };

    private static RunSettings Bind(params string[] args)
    {
        var flags = new ControllerFlags();
        var root = new RootCommand("ferry") { RunCommand.Create(flags) };
        var parse = root.Parse(["run", .. args]);
        Assert.Empty(parse.Errors);
        return flags.Bind(parse, "lease-ns");
    }
}
