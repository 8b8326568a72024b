namespace Ferry.Api.Regexp;

// Public in Ferry.Api; Ferry.Schemas compiles the other part alone, so there it stays internal.
public static partial class GoRegex;
