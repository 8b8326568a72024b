namespace Ferry.Providers.Fake;

/// <summary>Where an entry came from: the store spec (reloaded on every client) or a PushSecret.</summary>
internal enum FakeEntryOrigin
{
    StoreSpec,
    Pushed,
}
