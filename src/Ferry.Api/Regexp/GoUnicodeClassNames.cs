namespace Ferry.Api.Regexp;

/// <summary>
/// The class names Go's regexp accepts in <c>\p{...}</c> and <c>[[:...:]]</c>. Since Go 1.25, <c>\p</c> names are
/// matched ignoring case, spaces, underscores and hyphens, and the long category aliases are accepted too.
/// </summary>
internal static class GoUnicodeClassNames
{
    // Go's category names (short codes, and since Go 1.25 the long aliases) with the short code each stands for.
    private static readonly Dictionary<string, string> Categories = BuildCategories();

    private static readonly string[] Scripts =
    [
        "Adlam", "Ahom", "Anatolian_Hieroglyphs", "Arabic", "Armenian", "Avestan", "Balinese", "Bamum", "Bassa_Vah",
        "Batak", "Bengali", "Bhaiksuki", "Bopomofo", "Brahmi", "Braille", "Buginese", "Buhid", "Canadian_Aboriginal",
        "Carian", "Caucasian_Albanian", "Chakma", "Cham", "Cherokee", "Chorasmian", "Common", "Coptic", "Cuneiform",
        "Cypriot", "Cypro_Minoan", "Cyrillic", "Deseret", "Devanagari", "Dives_Akuru", "Dogra", "Duployan",
        "Egyptian_Hieroglyphs", "Elbasan", "Elymaic", "Ethiopic", "Garay", "Georgian", "Glagolitic", "Gothic",
        "Grantha", "Greek", "Gujarati", "Gunjala_Gondi", "Gurmukhi", "Gurung_Khema", "Han", "Hangul",
        "Hanifi_Rohingya", "Hanunoo", "Hatran", "Hebrew", "Hiragana", "Imperial_Aramaic", "Inherited",
        "Inscriptional_Pahlavi", "Inscriptional_Parthian", "Javanese", "Kaithi", "Kannada", "Katakana", "Kawi",
        "Kayah_Li", "Kharoshthi", "Khitan_Small_Script", "Khmer", "Khojki", "Khudawadi", "Kirat_Rai", "Lao", "Latin",
        "Lepcha", "Limbu", "Linear_A", "Linear_B", "Lisu", "Lycian", "Lydian", "Mahajani", "Makasar", "Malayalam",
        "Mandaic", "Manichaean", "Marchen", "Masaram_Gondi", "Medefaidrin", "Meetei_Mayek", "Mende_Kikakui",
        "Meroitic_Cursive", "Meroitic_Hieroglyphs", "Miao", "Modi", "Mongolian", "Mro", "Multani", "Myanmar",
        "Nabataean", "Nag_Mundari", "Nandinagari", "New_Tai_Lue", "Newa", "Nko", "Nushu", "Nyiakeng_Puachue_Hmong",
        "Ogham", "Ol_Chiki", "Ol_Onal", "Old_Hungarian", "Old_Italic", "Old_North_Arabian", "Old_Permic",
        "Old_Persian", "Old_Sogdian", "Old_South_Arabian", "Old_Turkic", "Old_Uyghur", "Oriya", "Osage", "Osmanya",
        "Pahawh_Hmong", "Palmyrene", "Pau_Cin_Hau", "Phags_Pa", "Phoenician", "Psalter_Pahlavi", "Rejang", "Runic",
        "Samaritan", "Saurashtra", "Sharada", "Shavian", "Siddham", "SignWriting", "Sinhala", "Sogdian",
        "Sora_Sompeng", "Soyombo", "Sundanese", "Sunuwar", "Syloti_Nagri", "Syriac", "Tagalog", "Tagbanwa", "Tai_Le",
        "Tai_Tham", "Tai_Viet", "Takri", "Tamil", "Tangsa", "Tangut", "Telugu", "Thaana", "Thai", "Tibetan",
        "Tifinagh", "Tirhuta", "Todhri", "Toto", "Tulu_Tigalari", "Ugaritic", "Vai", "Vithkuqi", "Wancho",
        "Warang_Citi", "Yezidi", "Yi", "Zanabazar_Square",
    ];

    private static readonly HashSet<string> Names = [.. Categories.Keys.Concat(Scripts).Select(Normalize)];

    private static readonly Dictionary<string, string> CanonicalCategories =
        Categories.ToDictionary(e => Normalize(e.Key), e => e.Value, StringComparer.Ordinal);

    private static readonly HashSet<string> PosixClasses = BuildPosixClasses();

    /// <summary>Whether <c>\p{name}</c> names a class Go knows (name without a leading <c>^</c>).</summary>
    public static bool Contains(string name) => Names.Contains(Normalize(name));

    /// <summary>
    /// The short category code (<c>Lu</c>; also <c>Any</c>, <c>ASCII</c>, <c>Assigned</c>, <c>LC</c>) a known name
    /// stands for, or null for a script name.
    /// </summary>
    public static string? Canonical(string name) => CanonicalCategories.GetValueOrDefault(Normalize(name));

    /// <summary>Whether a <c>[:name:]</c> or <c>[:^name:]</c> bracket expression names a POSIX class.</summary>
    public static bool IsPosixClass(string bracketExpression) => PosixClasses.Contains(bracketExpression);

    private static string Normalize(string name) =>
        new([.. name.Where(c => c is not (' ' or '_' or '-')).Select(char.ToLowerInvariant)]);

    private static HashSet<string> BuildPosixClasses()
    {
        string[] names = ["alnum", "alpha", "ascii", "blank", "cntrl", "digit", "graph", "lower", "print", "punct", "space", "upper", "word", "xdigit"];
        return new HashSet<string>(names.SelectMany(n => new[] { $"[:{n}:]", $"[:^{n}:]" }), StringComparer.Ordinal);
    }

    private static Dictionary<string, string> BuildCategories()
    {
        string[] codes =
        [
            "Any", "ASCII", "Assigned", "LC", "Cn",
            "C", "Cc", "Cf", "Co", "Cs", "L", "Ll", "Lm", "Lo", "Lt", "Lu", "M", "Mc", "Me", "Mn",
            "N", "Nd", "Nl", "No", "P", "Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps", "S", "Sc", "Sk", "Sm", "So",
            "Z", "Zl", "Zp", "Zs",
        ];
        var categories = codes.ToDictionary(c => c, c => c, StringComparer.Ordinal);
        (string Alias, string Code)[] aliases =
        [
            ("Other", "C"), ("Control", "Cc"), ("Format", "Cf"), ("Private_Use", "Co"), ("Surrogate", "Cs"),
            ("Unassigned", "Cn"), ("Letter", "L"), ("Cased_Letter", "LC"), ("Lowercase_Letter", "Ll"),
            ("Modifier_Letter", "Lm"), ("Other_Letter", "Lo"), ("Titlecase_Letter", "Lt"), ("Uppercase_Letter", "Lu"),
            ("Mark", "M"), ("Combining_Mark", "M"), ("Spacing_Mark", "Mc"), ("Enclosing_Mark", "Me"),
            ("Nonspacing_Mark", "Mn"), ("Number", "N"), ("Decimal_Number", "Nd"), ("digit", "Nd"),
            ("Letter_Number", "Nl"), ("Other_Number", "No"), ("Punctuation", "P"), ("punct", "P"),
            ("Connector_Punctuation", "Pc"), ("Dash_Punctuation", "Pd"), ("Close_Punctuation", "Pe"),
            ("Final_Punctuation", "Pf"), ("Initial_Punctuation", "Pi"), ("Other_Punctuation", "Po"),
            ("Open_Punctuation", "Ps"), ("Symbol", "S"), ("Currency_Symbol", "Sc"), ("Modifier_Symbol", "Sk"),
            ("Math_Symbol", "Sm"), ("Other_Symbol", "So"), ("Separator", "Z"), ("Line_Separator", "Zl"),
            ("Paragraph_Separator", "Zp"), ("Space_Separator", "Zs"),
        ];
        foreach (var (alias, code) in aliases)
        {
            categories[alias] = code;
        }

        return categories;
    }
}
