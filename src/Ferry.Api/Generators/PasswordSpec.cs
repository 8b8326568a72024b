using System.ComponentModel;
using System.Text.Json.Serialization;
using Ferry.Api.Schema;

namespace Ferry.Api.Generators;

[Description("Settings of the Password generator.")]
public sealed class PasswordSpec
{
    [Description("Whether one character may appear more than once in the password. Defaults to false.")]
    [JsonPropertyName("allowRepeat")]
    [Required]
    [Default("false")]
    public bool? AllowRepeat { get; set; }

    [Description("How many digits the password contains; absent means a quarter of the length.")]
    [JsonPropertyName("digits")]
    [NoFormat]
    public int? Digits { get; set; }

    [Description("How the password is encoded in the output: raw, base64, base64url, base32 or hex. Defaults to raw.")]
    [JsonPropertyName("encoding")]
    [Default("\"raw\"")]
    public PasswordEncoding? Encoding { get; set; }

    [Description("Total number of characters in the password. Defaults to 24.")]
    [JsonPropertyName("length")]
    [Required]
    [NoFormat]
    [Default("24")]
    public int? Length { get; set; }

    [Description("When true the password contains no upper-case letters. Defaults to false.")]
    [JsonPropertyName("noUpper")]
    [Required]
    [Default("false")]
    public bool? NoUpper { get; set; }

    [Description("Output keys that each receive a generated password; absent means the single key password.")]
    [JsonPropertyName("secretKeys")]
    [Bounds(MinItems = 1)]
    public List<string>? SecretKeys { get; set; }

    [Description("The characters symbols are picked from; absent means the generator's built-in symbol set.")]
    [JsonPropertyName("symbolCharacters")]
    public string? SymbolCharacters { get; set; }

    [Description("How many symbol characters the password contains; absent means a quarter of the length.")]
    [JsonPropertyName("symbols")]
    [NoFormat]
    public int? Symbols { get; set; }
}
