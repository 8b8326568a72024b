using System.CommandLine;
using System.CommandLine.Parsing;
using Ferry.Api;

namespace Ferry.Commands.Run;

/// <summary>Builds options that read values the way ESO's pflag flags do (Go durations, <c>--flag=value</c>).</summary>
internal static class GoFlag
{
    public static Option<string> Text(string name, string defaultValue, string description) =>
        new(name) { Description = description, DefaultValueFactory = _ => defaultValue };

    public static Option<bool> Bool(string name, bool defaultValue, string description) =>
        new(name) { Description = description, DefaultValueFactory = _ => defaultValue };

    public static Option<int> Int(string name, int defaultValue, string description) =>
        new(name) { Description = description, DefaultValueFactory = _ => defaultValue };

    public static Option<float> Float(string name, float defaultValue, string description) =>
        new(name) { Description = description, DefaultValueFactory = _ => defaultValue };

    /// <summary>A Go duration (<c>5m</c>, <c>1h30m</c>, <c>15s</c>), as pflag's DurationVar reads it.</summary>
    public static Option<TimeSpan> Duration(string name, TimeSpan defaultValue, string description) =>
        new(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result => ParseDuration(result, name),
        };

    private static TimeSpan ParseDuration(ArgumentResult result, string name)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (GoDuration.TryParse(text, out var duration, out var error))
        {
            return duration.ToTimeSpan();
        }

        result.AddError($"invalid argument \"{text}\" for \"{name}\" flag: {error}");
        return default;
    }
}
