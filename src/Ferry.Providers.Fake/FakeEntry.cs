namespace Ferry.Providers.Fake;

internal sealed class FakeEntry(string value, string version, FakeEntryOrigin origin)
{
    public string Value { get; set; } = value;

    public string Version { get; } = version;

    public FakeEntryOrigin Origin { get; } = origin;
}
