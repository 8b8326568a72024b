namespace Ferry.Api.Regexp;

// Public in Ferry.Api; Ferry.Schemas and Ferry.Templating compile the other part alone, so there it stays internal.
public sealed partial class GoRegexp;
