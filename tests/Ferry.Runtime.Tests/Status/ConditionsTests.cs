using Ferry.Runtime.Status;
using k8s.Models;

namespace Ferry.Runtime.Tests.Status;

public sealed class ConditionsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Set_NewType_AddsItWithTransitionTime()
    {
        var list = new List<V1Condition>();

        Assert.True(Conditions.Set(list, Ready("True", "Synced"), T0));

        Assert.Equal(T0.UtcDateTime, Assert.Single(list).LastTransitionTime);
    }

    [Fact]
    public void Set_SameCondition_ReportsNoChange()
    {
        var list = new List<V1Condition>();
        Conditions.Set(list, Ready("True", "Synced"), T0);

        Assert.False(Conditions.Set(list, Ready("True", "Synced"), T0.AddHours(1)));
        Assert.Equal(T0.UtcDateTime, list[0].LastTransitionTime);
    }

    [Fact]
    public void Set_ReasonChangesButNotStatus_KeepsTransitionTime()
    {
        var list = new List<V1Condition>();
        Conditions.Set(list, Ready("False", "A"), T0);

        Assert.True(Conditions.Set(list, Ready("False", "B"), T0.AddHours(1)));
        Assert.Equal("B", list[0].Reason);
        Assert.Equal(T0.UtcDateTime, list[0].LastTransitionTime);
    }

    [Fact]
    public void Set_StatusFlips_MovesTransitionTime()
    {
        var list = new List<V1Condition>();
        Conditions.Set(list, Ready("False", "A"), T0);

        Assert.True(Conditions.Set(list, Ready("True", "A"), T0.AddHours(1)));
        Assert.Equal(T0.AddHours(1).UtcDateTime, list[0].LastTransitionTime);
        Assert.True(Conditions.IsTrue(list, "Ready"));
    }

    [Fact]
    public void Remove_ExistingType_ReportsChange()
    {
        var list = new List<V1Condition>();
        Conditions.Set(list, Ready("True", "A"), T0);

        Assert.True(Conditions.Remove(list, "Ready"));
        Assert.False(Conditions.Remove(list, "Ready"));
    }

    [Fact]
    public void Set_CustomShape_FollowsTheSameRules()
    {
        var fields = new ConditionFields<EsoLikeCondition>(
            c => c.Type, c => c.Status, (a, b) => a.Reason == b.Reason,
            (target, source) => (target.Status, target.Reason) = (source.Status, source.Reason),
            (c, now) => c.LastTransitionTime = now);
        var list = new List<EsoLikeCondition>();

        Assert.True(Conditions.Set(list, new EsoLikeCondition { Type = "Ready", Status = "False", Reason = "A" }, T0, fields));
        Assert.False(Conditions.Set(list, new EsoLikeCondition { Type = "Ready", Status = "False", Reason = "A" }, T0.AddHours(1), fields));
        Assert.True(Conditions.Set(list, new EsoLikeCondition { Type = "Ready", Status = "True", Reason = "A" }, T0.AddHours(2), fields));

        Assert.Equal(T0.AddHours(2), Assert.Single(list).LastTransitionTime);
    }

    private sealed class EsoLikeCondition
    {
        public string Type { get; set; } = "";

        public string Status { get; set; } = "";

        public string? Reason { get; set; }

        public DateTimeOffset? LastTransitionTime { get; set; }
    }

    private static V1Condition Ready(string status, string reason) => new() { Type = "Ready", Status = status, Reason = reason, Message = "" };
}
