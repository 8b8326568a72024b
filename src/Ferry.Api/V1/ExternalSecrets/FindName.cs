using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Ferry.Api.V1;

[Description("Matches remote names by regular expression.")]
public sealed class FindName
{
    [Description("Regular expression, in Go RE2 syntax, that a name must match.")]
    [JsonPropertyName("regexp")]
    public string? Regexp { get; set; }
}
