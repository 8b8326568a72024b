using Ferry.Templating.Execution;
using Ferry.Templating.Functions;

namespace Ferry.Templating.Tests.Functions;

public sealed class DerivePasswordTests
{
    // Master Password v3 test vectors (the project's mpw_tests.xml, reused by other implementations' test suites);
    // the user/password/example.com rows for counters 1 and 2 are also sprig's own TestDerivePassword.
    [Theory]
    [InlineData(1u, "long", "password", "user", "example.com", "ZedaFaxcZaso9*")]
    [InlineData(1u, "maximum", "password", "user", "example.com", "pf4zS1LjCg&LjhsZ7T2~")]
    [InlineData(1u, "medium", "password", "user", "example.com", "ZedJuz8$")]
    [InlineData(1u, "basic", "password", "user", "example.com", "pIS54PLs")]
    [InlineData(1u, "short", "password", "user", "example.com", "Zed5")]
    [InlineData(1u, "pin", "password", "user", "example.com", "6685")]
    [InlineData(2u, "long", "password", "user", "example.com", "Fovi2@JifpTupx")]
    [InlineData(3u, "long", "password", "user", "example.com", "KizcQuho9[Xicu")]
    [InlineData(4u, "long", "password", "user", "example.com", "DoztXidwBogi1]")]
    [InlineData(40u, "long", "password", "user", "example.com", "Kozt3;DiduKagq")]
    [InlineData(1u, "long", "twice", "once", "three", "Bopt6[PakaQile")]
    [InlineData(1u, "long", "banana colored duckling", "Robert Lee Mitchell", "masterpasswordapp.com", "Jejr5[RepuSosp")]
    [InlineData(1u, "maximum", "banana colored duckling", "Robert Lee Mitchell", "masterpasswordapp.com", "W6@692^B1#&@gVdSdLZ@")]
    [InlineData(1u, "medium", "banana colored duckling", "Robert Lee Mitchell", "masterpasswordapp.com", "Jej2$Quv")]
    [InlineData(1u, "basic", "banana colored duckling", "Robert Lee Mitchell", "masterpasswordapp.com", "WAo2xIg6")]
    [InlineData(1u, "short", "banana colored duckling", "Robert Lee Mitchell", "masterpasswordapp.com", "Jej2")]
    [InlineData(1u, "pin", "banana colored duckling", "Robert Lee Mitchell", "masterpasswordapp.com", "7662")]
    [InlineData(1u, "long", "banana colored duckling", "Robert Lee Mitchell", "twitter.com", "PozoLalv0_Yelo")]
    public void DerivePassword_PublishedVectors_Match(uint counter, string type, string password, string user, string site, string expected) =>
        Assert.Equal(expected, EsoTemplates.Render(
            $"{{{{ derivePassword {counter} \"{type}\" .password .user .site }}}}",
            EsoTemplates.Data(("password", password), ("user", user), ("site", site))));

    [Fact]
    public void DerivePassword_InPipeline_TakesTheSiteLast() =>
        Assert.Equal("ZedaFaxcZaso9*", EsoTemplates.Render("{{ \"example.com\" | derivePassword 1 \"long\" \"password\" \"user\" }}"));

    [Theory]
    [InlineData("")]
    [InlineData("Long")]
    [InlineData("phrase")]
    public void DerivePassword_UnknownType_ReturnsSprigsMessageAsThePassword(string type) =>
        Assert.Equal($"cannot find password template {type}", EsoTemplates.Render($"{{{{ derivePassword 1 \"{type}\" \"p\" \"u\" \"s\" }}}}"));

    [Fact]
    public void DerivePassword_CounterBeyondUint32_WrapsAsGoReflectDoes() =>
        Assert.Equal(
            EsoTemplates.Render("{{ derivePassword 1 \"pin\" \"password\" \"user\" \"example.com\" }}"),
            EsoTemplates.Render("{{ derivePassword 4294967297 \"pin\" \"password\" \"user\" \"example.com\" }}"));

    [Theory]
    [InlineData("{{ derivePassword -1 \"long\" \"p\" \"u\" \"s\" }}", "expected unsigned integer; found -1")]
    [InlineData("{{ derivePassword 1.5 \"long\" \"p\" \"u\" \"s\" }}", "expected unsigned integer; found 1.5")]
    [InlineData("{{ derivePassword \"1\" \"long\" \"p\" \"u\" \"s\" }}", "expected unsigned integer; found \"1\"")]
    [InlineData("{{ $c := 1 }}{{ derivePassword $c \"long\" \"p\" \"u\" \"s\" }}", "wrong type for value; expected uint32; got int")]
    [InlineData("{{ derivePassword 1 2 \"p\" \"u\" \"s\" }}", "expected string; found 2")]
    [InlineData("{{ derivePassword 1 \"long\" \"p\" \"u\" }}", "wrong number of args for derivePassword: want 5 got 4")]
    public void DerivePassword_BadArguments_FailAsGoDoes(string template, string expected) =>
        Assert.EndsWith(expected, EsoTemplates.Error(template));

    [Fact]
    public void DerivePassword_InALongLoop_StopsAtTheStepLimit()
    {
        var options = new TemplateOptions
        {
            Functions = EsoFunctions.Library,
            Execution = new ExecutionSettings { Limits = new ExecutionLimits { MaxSteps = 10 } },
        };
        var template = GoTemplate.Parse("k", "{{ range until 1000 }}{{ derivePassword 1 \"pin\" \"p\" \"u\" \"s\" }}{{ end }}", options);

        var error = Assert.Throws<TemplateExecutionException>(() => template.Execute(EsoTemplates.Data()));

        Assert.Contains("execution exceeded 10 steps", error.Message);
    }
}
