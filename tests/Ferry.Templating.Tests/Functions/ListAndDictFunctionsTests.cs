namespace Ferry.Templating.Tests.Functions;

public sealed class ListAndDictFunctionsTests
{
    [Theory]
    [InlineData("{{ list 1 \"a\" nil }}", "[1 a <nil>]")]
    [InlineData("{{ append (list 1) 2 }}{{ push (list) 3 }}", "[1 2][3]")]
    [InlineData("{{ prepend (list 2) 1 }}", "[1 2]")]
    [InlineData("{{ first (list 1 2) }}{{ last (list 1 2) }}", "12")]
    [InlineData("{{ first (list) }}", "<no value>")]
    [InlineData("{{ rest (list 1 2 3) }}{{ initial (list 1 2 3) }}", "[2 3][1 2]")]
    [InlineData("{{ reverse (list 1 2 3) }}", "[3 2 1]")]
    [InlineData("{{ uniq (list 1 1 2 \"a\" \"a\") }}", "[1 2 a]")]
    [InlineData("{{ without (list 1 2 3 2) 2 }}", "[1 3]")]
    [InlineData("{{ has 2 (list 1 2) }}{{ has 5 (list 1 2) }}", "truefalse")]
    [InlineData("{{ compact (list 1 \"\" 0 2 nil) }}", "[1 2]")]
    [InlineData("{{ concat (list 1) (list 2 3) }}", "[1 2 3]")]
    [InlineData("{{ slice (list 1 2 3) 1 }}{{ slice (list 1 2 3) 0 2 }}{{ slice (list 1 2 3) }}", "[2 3][1 2][1 2 3]")]
    [InlineData("{{ chunk 2 (list 1 2 3) }}", "[[1 2] [3]]")]
    [InlineData("{{ until 3 }}{{ untilStep 0 10 4 }}", "[0 1 2][0 4 8]")]
    [InlineData("{{ seq 3 }}|{{ seq 2 4 }}|{{ seq 5 -2 1 }}", "1 2 3|2 3 4|5 3 1")]
    [InlineData("{{ range $i, $v := list \"a\" \"b\" }}{{ $i }}{{ $v }}{{ end }}", "0a1b")]
    [InlineData("{{ tuple 1 2 }}", "[1 2]")]
    [InlineData("{{ dict \"a\" 1 \"b\" }}", "map[a:1 b:]")]
    [InlineData("{{ get (dict \"a\" 1) \"a\" }}|{{ get (dict) \"x\" }}|", "1||")]
    [InlineData("{{ $d := dict }}{{ $_ := set $d \"k\" \"v\" }}{{ $d.k }}", "v")]
    [InlineData("{{ unset (dict \"a\" 1 \"b\" 2) \"a\" }}", "map[b:2]")]
    [InlineData("{{ hasKey (dict \"a\" 1) \"a\" }}{{ hasKey (dict \"a\" 1) \"b\" }}", "truefalse")]
    [InlineData("{{ keys (dict \"b\" 1 \"a\" 2) | sortAlpha }}", "[a b]")]
    [InlineData("{{ values (dict \"b\" 1 \"a\" 2) }}", "[2 1]")]
    [InlineData("{{ pick (dict \"a\" 1 \"b\" 2) \"a\" }}{{ omit (dict \"a\" 1 \"b\" 2) \"a\" }}", "map[a:1]map[b:2]")]
    [InlineData("{{ pluck \"a\" (dict \"a\" 1) (dict \"b\" 2) (dict \"a\" 3) }}", "[1 3]")]
    [InlineData("{{ merge (dict \"a\" 1) (dict \"a\" 2 \"b\" 3) }}", "map[a:1 b:3]")]
    [InlineData("{{ mergeOverwrite (dict \"a\" 1) (dict \"a\" 2 \"b\" 3) }}", "map[a:2 b:3]")]
    [InlineData("{{ merge (dict \"n\" (dict \"x\" 1)) (dict \"n\" (dict \"y\" 2)) }}", "map[n:map[x:1 y:2]]")]
    [InlineData("{{ dig \"a\" \"b\" \"def\" (dict \"a\" (dict \"b\" 1)) }}|{{ dig \"a\" \"z\" \"def\" (dict \"a\" (dict \"b\" 1)) }}", "1|def")]
    [InlineData("{{ (dict \"a\" (dict \"b\" \"c\")).a.b }}", "c")]
    public void Render_ListOrDictFunction_MatchesSprig(string template, string expected) =>
        Assert.Equal(expected, EsoTemplates.Render(template));

    [Theory]
    [InlineData("{{ first \"abc\" }}", "error calling first: Cannot find first on type string")]
    [InlineData("{{ mustFirst (dict) }}", "error calling mustFirst: Cannot find first on type map")]
    [InlineData("{{ append \"abc\" 1 }}", "error calling append: Cannot push on type string")]
    [InlineData("{{ slice \"abcdef\" 1 3 }}", "error calling slice: list should be type of slice or array but string")]
    [InlineData("{{ keys . }}", "wrong type for value; expected map[string]interface {}; got map[string]string")]
    [InlineData("{{ get . \"a\" }}", "wrong type for value; expected map[string]interface {}; got map[string]string")]
    [InlineData("{{ dig \"a\" (dict) }}", "error calling dig: dig needs at least three arguments")]
    public void Render_ListOrDictMisuse_FailsLikeSprig(string template, string expected) =>
        Assert.EndsWith(expected, EsoTemplates.Error(template));
}
