namespace Ferry.Templating.Execution;

/// <summary>Counts work done by one execution and stops it when it passes the limit.</summary>
internal sealed class ExecutionBudget(ExecutionLimits limits)
{
    private long _steps;

    public void Step(Executor executor)
    {
        if (++_steps > limits.MaxSteps)
        {
            throw executor.Error("execution exceeded %d steps", limits.MaxSteps);
        }
    }
}
