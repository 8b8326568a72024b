namespace Ferry.Templating;

/// <summary>
/// A template failed to parse or execute. The message is Go's text (<c>template: name:line:col: ...</c>), so users
/// see what ESO would show; it never contains data values, only template text and key names.
/// </summary>
public abstract class TemplateException : Exception
{
    protected TemplateException(string message)
        : base(message)
    {
    }
}
