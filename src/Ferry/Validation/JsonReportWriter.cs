using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ferry.Validation;

/// <summary>
/// The tool format: one JSON object with a <c>problems</c> array (file, document, line, column, apiVersion, kind,
/// namespace, name, field, message; absent values are null) and a <c>summary</c> object.
/// </summary>
internal static class JsonReportWriter
{
    public static void Write(ValidationReport report, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("problems");
            foreach (var problem in report.Problems)
            {
                WriteProblem(json, problem);
            }

            json.WriteEndArray();
            var s = report.Summary;
            json.WriteStartObject("summary");
            json.WriteNumber("files", s.Files);
            json.WriteNumber("documents", s.Documents);
            json.WriteNumber("checked", s.Checked);
            json.WriteNumber("skipped", s.Skipped);
            json.WriteNumber("problems", s.Problems);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteProblem(Utf8JsonWriter json, ValidationProblem problem)
    {
        json.WriteStartObject();
        json.WriteString("file", problem.File);
        WriteNumberOrNull(json, "document", problem.Document);
        WriteNumberOrNull(json, "line", problem.Line);
        WriteNumberOrNull(json, "column", problem.Column);
        json.WriteString("apiVersion", problem.ApiVersion);
        json.WriteString("kind", problem.Kind);
        json.WriteString("namespace", problem.Namespace);
        json.WriteString("name", problem.Name);
        json.WriteString("field", problem.Field);
        json.WriteString("message", problem.Message);
        json.WriteEndObject();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
