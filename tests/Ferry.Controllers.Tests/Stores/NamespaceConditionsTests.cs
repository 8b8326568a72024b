using Ferry.Api.V1;
using Ferry.Controllers.Stores;

namespace Ferry.Controllers.Tests.Stores;

public sealed class NamespaceConditionsTests
{
    private static readonly Dictionary<string, string> TeamBlue = new() { ["team"] = "blue", ["kubernetes.io/metadata.name"] = "apps" };

    [Fact]
    public void Admits_NoConditions_AdmitsEveryNamespace()
    {
        Assert.True(NamespaceConditions.Admits(null, "apps", TeamBlue));
        Assert.True(NamespaceConditions.Admits([], "apps", TeamBlue));
    }

    [Fact]
    public void Admits_AnyConditionMatching_Admits()
    {
        List<ClusterSecretStoreCondition> conditions =
        [
            new() { Namespaces = ["other"] },
            new() { Namespaces = ["apps"] },
        ];

        Assert.True(NamespaceConditions.Admits(conditions, "apps", TeamBlue));
        Assert.False(NamespaceConditions.Admits(conditions, "elsewhere", TeamBlue));
    }

    [Theory]
    [InlineData("pro", "my-prod-ns", true)]
    [InlineData("^prod$", "my-prod-ns", false)]
    [InlineData("^my-", "my-prod-ns", true)]
    [InlineData("(", "my-prod-ns", false)]
    public void Admits_Regex_IsUnanchoredGoRegexAndBrokenOnesMatchNothing(string pattern, string ns, bool admitted) =>
        Assert.Equal(admitted, NamespaceConditions.Admits([new() { NamespaceRegexes = [pattern] }], ns, TeamBlue));

    [Fact]
    public void Admits_EmptySelector_MatchesEverything() =>
        Assert.True(NamespaceConditions.Admits([new() { NamespaceSelector = new LabelSelector() }], "apps", TeamBlue));

    [Theory]
    [InlineData("In", new[] { "blue", "green" }, true)]
    [InlineData("In", new[] { "red" }, false)]
    [InlineData("NotIn", new[] { "red" }, true)]
    [InlineData("NotIn", new[] { "blue" }, false)]
    [InlineData("Exists", new string[0], true)]
    [InlineData("DoesNotExist", new string[0], false)]
    [InlineData("Bogus", new[] { "blue" }, false)]
    public void Admits_SelectorExpressions_FollowKubernetesSemantics(string op, string[] values, bool admitted)
    {
        var selector = new LabelSelector { MatchExpressions = [new() { Key = "team", Operator = op, Values = [.. values] }] };

        Assert.Equal(admitted, NamespaceConditions.Admits([new() { NamespaceSelector = selector }], "apps", TeamBlue));
    }

    [Fact]
    public void Admits_MatchLabelsAndExpressions_AllMustHold()
    {
        var selector = new LabelSelector
        {
            MatchLabels = new() { ["team"] = "blue" },
            MatchExpressions = [new() { Key = "tier", Operator = "Exists" }],
        };

        Assert.False(NamespaceConditions.Admits([new() { NamespaceSelector = selector }], "apps", TeamBlue));
    }
}
