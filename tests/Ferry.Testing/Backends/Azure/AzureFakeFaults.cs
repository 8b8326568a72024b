namespace Ferry.Testing.Backends.Azure;

/// <summary>Queued faults: each applies to the next matching requests, <c>times</c> times, then is gone.</summary>
internal sealed class AzureFakeFaults
{
    private readonly Lock _gate = new();
    private readonly List<Entry> _entries = [];

    public void Add(AzureFakeFault fault, int times, string? operation)
    {
        lock (_gate)
        {
            _entries.Add(new Entry(fault, operation) { Remaining = times });
        }
    }

    public AzureFakeFault? Take(string operation)
    {
        lock (_gate)
        {
            var entry = _entries.Find(e => e.Operation is null || e.Operation == operation);
            if (entry is null)
            {
                return null;
            }

            if (--entry.Remaining <= 0)
            {
                _entries.Remove(entry);
            }

            return entry.Fault;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }

    private sealed class Entry(AzureFakeFault fault, string? operation)
    {
        public AzureFakeFault Fault { get; } = fault;

        public string? Operation { get; } = operation;

        public int Remaining { get; set; }
    }
}
