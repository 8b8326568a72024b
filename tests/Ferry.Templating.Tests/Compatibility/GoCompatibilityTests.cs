using System.Text;
using Ferry.Templating.Execution;
using Ferry.Templating.Values;

namespace Ferry.Templating.Tests.Compatibility;

/// <summary>Every corpus case must render exactly as Go's text/template rendered it, byte for byte.</summary>
public sealed class GoCompatibilityTests
{
    public static TheoryData<string> CaseNames => [.. CompatibilityCorpus.All.Keys];

    [Fact]
    public void Corpus_HasAtLeast400Cases() => Assert.True(CompatibilityCorpus.All.Count >= 400);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Execute_CorpusCase_MatchesGo(string name)
    {
        var testCase = CompatibilityCorpus.All[name];
        var (output, error) = Run(testCase);
        if (testCase.ExpectedError is { } expectedError)
        {
            Assert.Equal(expectedError, error);
        }
        else
        {
            Assert.Null(error);
            Assert.Equal(Encoding.UTF8.GetString(testCase.ExpectedOutput!), Encoding.UTF8.GetString(output!));
            Assert.Equal(testCase.ExpectedOutput, output);
        }
    }

    private static (byte[]? Output, string? Error) Run(CompatibilityCase testCase)
    {
        var options = new TemplateOptions
        {
            LeftDelimiter = testCase.Left,
            RightDelimiter = testCase.Right,
            Functions = OracleFunctions.Library,
            Execution = new ExecutionSettings
            {
                MissingKey = testCase.MissingKey switch
                {
                    "error" => MissingKeyOption.Error,
                    "zero" => MissingKeyOption.Zero,
                    _ => MissingKeyOption.Default,
                },
                RedactValuesInErrors = false,
            },
        };
        try
        {
            var template = GoTemplate.Parse(testCase.TemplateName, testCase.Template, options);
            return (template.Execute(Data(testCase)).ToArray(), null);
        }
        catch (TemplateException exception)
        {
            return (null, exception.Message);
        }
    }

    private static object? Data(CompatibilityCase testCase)
    {
        if (testCase.Data is not { } data)
        {
            return null;
        }

        if (testCase.DataKind == "json")
        {
            return TemplateData.FromJson(data);
        }

        var map = new GoMap(GoType.MapOfString);
        foreach (var property in data.EnumerateObject())
        {
            map.Entries[GoString.FromUtf8(property.Name)] = GoString.FromUtf8(property.Value.GetString()!);
        }

        return map;
    }
}
