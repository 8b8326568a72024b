using Ferry.Templating.Execution;
using Ferry.Templating.Functions;
using Ferry.Templating.Values;

namespace Ferry.Templating.Tests;

/// <summary>Renders templates the way ESO does: its function library, missingkey=error, a map[string]string root.</summary>
internal static class EsoTemplates
{
    private static readonly TemplateOptions Options = new()
    {
        Functions = EsoFunctions.Library,
        Execution = new ExecutionSettings { MissingKey = MissingKeyOption.Error, RedactValuesInErrors = false },
    };

    public static GoMap Data(params (string Key, string Value)[] entries) =>
        GoMap.OfStrings(entries.Select(e => new KeyValuePair<string, GoString>(e.Key, GoString.FromUtf8(e.Value))));

    public static GoMap Bytes(params (string Key, byte[] Value)[] entries)
    {
        var map = new GoMap(GoType.MapOfString);
        foreach (var (key, value) in entries)
        {
            map.Entries[GoString.FromUtf8(key)] = GoString.FromBytes(value);
        }

        return map;
    }

    public static string Render(string template, object? data = null) =>
        GoTemplate.Parse("k", template, Options).Execute(data ?? Data()).ToUtf8String();

    public static byte[] RenderBytes(string template, object? data = null) =>
        GoTemplate.Parse("k", template, Options).Execute(data ?? Data()).ToArray();

    public static string Error(string template, object? data = null)
    {
        var exception = Assert.ThrowsAny<TemplateException>(() => Render(template, data));
        return exception.Message;
    }
}
