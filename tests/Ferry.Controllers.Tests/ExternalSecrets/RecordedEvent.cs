using Ferry.Runtime.Events;

namespace Ferry.Controllers.Tests.ExternalSecrets;

internal sealed record RecordedEvent(string Namespace, string Name, EventType Type, string Reason, string Note);
