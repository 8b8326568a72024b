namespace Ferry.Runtime;

/// <summary>A cache that can say whether its first list is in (readiness waits on every one).</summary>
public interface ISyncable
{
    bool HasSynced { get; }
}
