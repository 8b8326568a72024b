using System.Collections.Concurrent;

namespace Ferry.Templating;

/// <summary>
/// Parsed templates by content: a reconcile loop renders the same few templates over and over, and parsing is
/// most of the cost of a small render. Bounded: when full, it starts over rather than growing.
/// </summary>
public sealed class TemplateCache(int capacity = 4096)
{
    private readonly ConcurrentDictionary<(string Name, string Text, TemplateOptions Options), GoTemplate> _entries = new();

    public int Count => _entries.Count;

    public GoTemplate GetOrParse(string name, string text, TemplateOptions options)
    {
        var key = (name, text, options);
        if (_entries.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var parsed = GoTemplate.Parse(name, text, options);
        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }

        _entries[key] = parsed;
        return parsed;
    }
}
