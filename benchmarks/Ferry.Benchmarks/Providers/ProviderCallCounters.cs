namespace Ferry.Benchmarks.Providers;

/// <summary>Backend reads and authentications (client builds) seen in one run.</summary>
internal sealed class ProviderCallCounters
{
    private int _reads;
    private int _authentications;

    public int Reads => _reads;

    public int Authentications => _authentications;

    public void CountRead() => Interlocked.Increment(ref _reads);

    public void CountAuthentication() => Interlocked.Increment(ref _authentications);
}
