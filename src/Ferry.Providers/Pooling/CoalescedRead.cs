namespace Ferry.Providers.Pooling;

/// <summary>One read shared by identical callers: the backend call, and when it completed (null while in flight).</summary>
internal sealed class CoalescedRead(Task<object> result)
{
    public Task<object> Result { get; } = result;

    public DateTimeOffset? CompletedAt { get; set; }
}
