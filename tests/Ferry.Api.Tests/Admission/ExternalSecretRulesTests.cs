using Ferry.Api.Admission;
using Ferry.Api.V1;

namespace Ferry.Api.Tests.Admission;

public sealed class ExternalSecretRulesTests
{
    private const string DeleteWithoutOwner = "deletionPolicy=Delete must not be used when the controller doesn't own the secret. Please set creationPolicy=Owner";
    private const string MergeWithNone = "deletionPolicy=Merge must not be used with creationPolicy=None. There is no Secret to merge with";

    public static TheoryData<ExternalSecretCreationPolicy, ExternalSecretDeletionPolicy, string?> PolicyMatrix() => new()
    {
        { ExternalSecretCreationPolicy.Owner, ExternalSecretDeletionPolicy.Retain, null },
        { ExternalSecretCreationPolicy.Owner, ExternalSecretDeletionPolicy.Delete, null },
        { ExternalSecretCreationPolicy.Owner, ExternalSecretDeletionPolicy.Merge, null },
        { ExternalSecretCreationPolicy.Orphan, ExternalSecretDeletionPolicy.Retain, null },
        { ExternalSecretCreationPolicy.Orphan, ExternalSecretDeletionPolicy.Delete, null },
        { ExternalSecretCreationPolicy.Orphan, ExternalSecretDeletionPolicy.Merge, null },
        { ExternalSecretCreationPolicy.Merge, ExternalSecretDeletionPolicy.Retain, null },
        { ExternalSecretCreationPolicy.Merge, ExternalSecretDeletionPolicy.Delete, DeleteWithoutOwner },
        { ExternalSecretCreationPolicy.Merge, ExternalSecretDeletionPolicy.Merge, null },
        { ExternalSecretCreationPolicy.None, ExternalSecretDeletionPolicy.Retain, null },
        { ExternalSecretCreationPolicy.None, ExternalSecretDeletionPolicy.Delete, DeleteWithoutOwner },
        { ExternalSecretCreationPolicy.None, ExternalSecretDeletionPolicy.Merge, MergeWithNone },
        { ExternalSecretCreationPolicy.CreateOrMerge, ExternalSecretDeletionPolicy.Retain, null },
        { ExternalSecretCreationPolicy.CreateOrMerge, ExternalSecretDeletionPolicy.Delete, DeleteWithoutOwner },
        { ExternalSecretCreationPolicy.CreateOrMerge, ExternalSecretDeletionPolicy.Merge, null },
    };

    [Theory]
    [MemberData(nameof(PolicyMatrix))]
    public void Validate_CreationAndDeletionPolicies_FollowEsoMatrix(ExternalSecretCreationPolicy creation, ExternalSecretDeletionPolicy deletion, string? expected)
    {
        var spec = WithData("a");
        spec.Target = new() { CreationPolicy = creation, DeletionPolicy = deletion };

        var errors = ExternalSecretRules.Validate(spec, "spec");

        Assert.Equal(expected is null ? [] : [new AdmissionError("spec.target.deletionPolicy", expected)], errors);
    }

    [Fact]
    public void Validate_NoTarget_UsesDefaultsOwnerAndRetain()
    {
        var spec = WithData("a", "a");

        var error = Assert.Single(ExternalSecretRules.Validate(spec, "spec"));

        Assert.Equal(new AdmissionError("spec.data[1].secretKey", "duplicate secretKey found: a"), error);
    }

    [Fact]
    public void Validate_NeitherDataNorDataFrom_IsRejected()
    {
        var errors = ExternalSecretRules.Validate(new ExternalSecretSpec { Data = [], DataFrom = [] }, "spec");

        Assert.Equal([new AdmissionError("spec", "either data or dataFrom should be specified")], errors);
    }

    [Theory]
    [InlineData(ExternalSecretDeletionPolicy.Delete)]
    [InlineData(ExternalSecretDeletionPolicy.Merge)]
    public void Validate_DuplicateKeysOutsideRetain_AreAllowed(ExternalSecretDeletionPolicy deletion)
    {
        var spec = WithData("a", "a");
        spec.Target = new() { CreationPolicy = ExternalSecretCreationPolicy.Owner, DeletionPolicy = deletion };

        Assert.Empty(ExternalSecretRules.Validate(spec, "spec"));
    }

    [Fact]
    public void Validate_DataFromSources_NeedExactlyOne()
    {
        var spec = new ExternalSecretSpec
        {
            DataFrom =
            [
                new() { Extract = new() { Key = "k" }, Find = new() { Path = "p" } },
                new() { Find = new() { Path = "p" }, SourceRef = new() { GeneratorRef = new() { Kind = GeneratorRefKind.Password, Name = "pw" } } },
                new(),
                new() { Extract = new() { Key = "k" }, SourceRef = new() },
                new() { SourceRef = new() { GeneratorRef = new() { Kind = GeneratorRefKind.UUID, Name = "id" } } },
                new() { Extract = new() { Key = "k" }, SourceRef = new() { StoreRef = new() { Name = "other" } } },
            ],
        };

        var errors = ExternalSecretRules.Validate(spec, "spec");

        Assert.Equal(
            [
                new AdmissionError("spec.dataFrom[0]", "extract, find, or generatorRef cannot be set at the same time"),
                new AdmissionError("spec.dataFrom[1]", "extract, find, or generatorRef cannot be set at the same time"),
                new AdmissionError("spec.dataFrom[2]", "either extract, find, or sourceRef must be set to dataFrom"),
                new AdmissionError("spec.dataFrom[3].sourceRef", "generatorRef or storeRef must be set when using sourceRef in dataFrom"),
            ],
            errors);
    }

    [Fact]
    public void Validate_RegularExpressions_MustCompileAsGoRe2()
    {
        var spec = new ExternalSecretSpec
        {
            DataFrom =
            [
                new()
                {
                    Find = new() { Name = new() { Regexp = "(?i)^app-(?P<env>dev|prod)$" } },
                    Rewrite = [new() { Regexp = new() { Source = "^app-", Target = "" } }, new() { Regexp = new() { Source = "(a)\\1", Target = "" } }],
                },
                new() { Find = new() { Name = new() { Regexp = "x++" } } },
            ],
        };

        var errors = ExternalSecretRules.Validate(spec, "spec");

        Assert.Equal(
            [
                new AdmissionError("spec.dataFrom[0].rewrite[1].regexp.source", "error parsing regexp: invalid escape sequence: `\\1`"),
                new AdmissionError("spec.dataFrom[1].find.name.regexp", "error parsing regexp: invalid nested repetition operator: `++`"),
            ],
            errors);
    }

    [Theory]
    [InlineData("1h30m", null)]
    [InlineData("0", null)]
    [InlineData("90", "time: missing unit in duration \"90\"")]
    [InlineData("1 day", "time: unknown unit \" day\" in duration \"1 day\"")]
    public void Validate_RefreshInterval_MustBeAGoDuration(string interval, string? expected)
    {
        var spec = WithData("a");
        spec.RefreshInterval = interval;

        var errors = ExternalSecretRules.Validate(spec, "spec.externalSecretSpec");

        Assert.Equal(expected is null ? [] : [new AdmissionError("spec.externalSecretSpec.refreshInterval", expected)], errors);
    }

    [Fact]
    public void Validate_ServiceAccountTokenTemplates_AreRejected()
    {
        var spec = WithData("a");
        spec.Target = new()
        {
            Template = new()
            {
                Type = "kubernetes.io/service-account-token",
                Metadata = new() { Annotations = new() { ["kubernetes.io/service-account.name"] = "admin" } },
                TemplateFrom = [new() { Target = "annotations", Literal = "x: y" }],
            },
        };

        var errors = ExternalSecretRules.Validate(spec, "spec");

        Assert.Equal(["spec.target.template.metadata.annotations", "spec.target.template.templateFrom"], errors.Select(e => e.Field));
    }

    [Fact]
    public void Validate_BootstrapTokenType_IsRejected()
    {
        var spec = WithData("a");
        spec.Target = new() { Template = new() { Type = "bootstrap.kubernetes.io/token" } };

        var error = Assert.Single(ExternalSecretRules.Validate(spec, "spec"));

        Assert.Equal("spec.target.template.type", error.Field);
    }

    [Theory]
    [InlineData("Data", false)]
    [InlineData("data", false)]
    [InlineData("LABELS", false)]
    [InlineData("Annotations", false)]
    [InlineData("", false)]
    [InlineData("Type", true)]
    [InlineData("spec.data", true)]
    public void Validate_TemplateFromTargetOfASecret_IsLimitedToDataLabelsAnnotations(string target, bool rejected)
    {
        var spec = WithData("a");
        spec.Target = new() { Template = new() { TemplateFrom = [new() { Target = target, Literal = "x" }] } };

        var errors = ExternalSecretRules.Validate(spec, "spec");

        Assert.Equal(rejected, errors.Any(e => e.Field == "spec.target.template.templateFrom[0].target"));
    }

    [Fact]
    public void Validate_TemplateFromTargetOfAGenericTarget_IsNotLimited()
    {
        var spec = WithData("a");
        spec.Target = new()
        {
            Manifest = new() { ApiVersion = "v1", Kind = "ConfigMap" },
            Template = new() { TemplateFrom = [new() { Target = "spec.config", Literal = "x" }] },
        };

        Assert.Empty(ExternalSecretRules.Validate(spec, "spec"));
    }

    private static ExternalSecretSpec WithData(params string[] keys) => new()
    {
        Data = [.. keys.Select(key => new ExternalSecretData { SecretKey = key, RemoteRef = new() { Key = "remote/" + key } })],
    };
}
