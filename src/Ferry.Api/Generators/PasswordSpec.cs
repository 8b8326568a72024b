using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.Generators;

public sealed class PasswordSpec
{
    [JsonPropertyName("allowRepeat")]
    [Required]
    [Default("false")]
    public bool? AllowRepeat { get; set; }

    [JsonPropertyName("digits")]
    [NoFormat]
    public int? Digits { get; set; }

    [JsonPropertyName("encoding")]
    [Default("\"raw\"")]
    public PasswordEncoding? Encoding { get; set; }

    [JsonPropertyName("length")]
    [Required]
    [NoFormat]
    [Default("24")]
    public int? Length { get; set; }

    [JsonPropertyName("noUpper")]
    [Required]
    [Default("false")]
    public bool? NoUpper { get; set; }

    [JsonPropertyName("secretKeys")]
    [Bounds(MinItems = 1)]
    public List<string>? SecretKeys { get; set; }

    [JsonPropertyName("symbolCharacters")]
    public string? SymbolCharacters { get; set; }

    [JsonPropertyName("symbols")]
    [NoFormat]
    public int? Symbols { get; set; }
}
