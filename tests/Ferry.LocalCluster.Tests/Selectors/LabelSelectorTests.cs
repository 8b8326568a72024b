using Ferry.LocalCluster.Http;
using Ferry.LocalCluster.Selectors;

namespace Ferry.LocalCluster.Tests.Selectors;

public sealed class LabelSelectorTests
{
    private static readonly Dictionary<string, string> Labels = new() { ["app"] = "web", ["tier"] = "front", ["env"] = "prod" };

    [Theory]
    [InlineData("", true)]
    [InlineData("app=web", true)]
    [InlineData("app==web", true)]
    [InlineData("app!=web", false)]
    [InlineData("app=web,tier=back", false)]
    [InlineData("app in (web, db)", true)]
    [InlineData("app notin (web)", false)]
    [InlineData("missing notin (x)", true)]
    [InlineData("tier", true)]
    [InlineData("!tier", false)]
    [InlineData("!missing,env in (prod,staging)", true)]
    public void Matches_Expression_FollowsKubernetesSemantics(string expression, bool expected)
    {
        var selector = LabelSelector.Parse(expression);

        Assert.Equal(expected, selector.Matches(key => Labels.GetValueOrDefault(key)));
    }

    [Theory]
    [InlineData("app in web")]
    [InlineData("app between (a)")]
    [InlineData("app in (a")]
    public void Parse_Malformed_ThrowsBadRequest(string expression)
    {
        var error = Assert.Throws<ApiException>(() => LabelSelector.Parse(expression));

        Assert.Equal(400, error.Code);
    }

    [Theory]
    [InlineData("metadata.name=a", true)]
    [InlineData("metadata.name!=a", false)]
    [InlineData("metadata.name==a,type=Opaque", true)]
    [InlineData("type=kubernetes.io/tls", false)]
    public void FieldSelector_Matches_EqualityAndInequality(string expression, bool expected)
    {
        var values = new Dictionary<string, string> { ["metadata.name"] = "a", ["type"] = "Opaque" };

        Assert.Equal(expected, FieldSelector.Parse(expression).Matches(field => values.GetValueOrDefault(field)));
    }
}
