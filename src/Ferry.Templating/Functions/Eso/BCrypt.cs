namespace Ferry.Templating.Functions.Eso;

/// <summary>bcrypt password hashing (used by htpasswd's default). Not implemented yet: it fails clearly.</summary>
internal static class BCrypt
{
    public static string Hash(string password, int cost)
    {
        _ = password;
        _ = cost;
        throw new TemplateFunctionException("bcrypt hashing is not supported by Ferry yet; use htpasswd with \"sha\"");
    }
}
