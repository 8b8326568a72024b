using Ferry.Api.Regexp;
using Ferry.Api.V1;

namespace Ferry.Providers.Matching;

/// <summary>find.name.regexp as ESO's providers apply it (runtime/find): an unanchored Go regexp match on the name.</summary>
public sealed class NameMatcher
{
    private readonly GoRegexp _regex;

    private NameMatcher(GoRegexp regex) => _regex = regex;

    /// <exception cref="ProviderException">The regexp does not compile; the message names the pattern, as ESO's does.</exception>
    public static NameMatcher Create(FindName findName)
    {
        ArgumentNullException.ThrowIfNull(findName);
        var pattern = findName.Regexp ?? string.Empty;
        try
        {
            return new NameMatcher(GoRegex.Compile(pattern));
        }
        catch (GoRegexException ex)
        {
            throw new ProviderException($"could not compile find.name.regexp [{pattern}]: {ex.Message}", ex);
        }
    }

    public bool IsMatch(string name) => _regex.IsMatch(name);
}
