namespace Ferry.Runtime.Events;

public enum EventType
{
    Normal,
    Warning,
}
