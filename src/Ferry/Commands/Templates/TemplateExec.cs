using System.Text.Json;
using Ferry.Templating;
using Ferry.Templating.Execution;
using Ferry.Templating.Functions;

namespace Ferry.Commands.Templates;

/// <summary>
/// `ferry template exec`: one template against JSON data with ESO's function library and missingkey=error, the
/// way ESO renders a target template. Errors show Go's message, values included: the data is the user's own.
/// </summary>
internal static class TemplateExec
{
    public static int Run(string templatePath, string dataPath, string? left, string? right, Stream stdout, TextWriter stderr)
    {
        try
        {
            var text = File.ReadAllText(templatePath);
            object? data;
            using (var document = JsonDocument.Parse(File.ReadAllBytes(dataPath)))
            {
                data = TemplateData.FromJson(document.RootElement);
            }

            var options = new TemplateOptions
            {
                LeftDelimiter = left ?? "{{",
                RightDelimiter = right ?? "}}",
                Functions = EsoFunctions.Library,
                Execution = new ExecutionSettings { MissingKey = MissingKeyOption.Error, RedactValuesInErrors = false },
            };
            var output = GoTemplate.Parse(Path.GetFileName(templatePath), text, options).Execute(data);
            stdout.Write(output.Span);
            stdout.Flush();
            return 0;
        }
        catch (Exception exception) when (exception is TemplateException or IOException or JsonException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: {exception.Message}");
            return 1;
        }
    }
}
