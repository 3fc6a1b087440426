namespace Huizermaat.Approval.Workflow.Events;

/// <summary>An operator lifted the emergency stop: a draft held before publishing looks at the pause again.</summary>
/// <param name="ActorId">Who lifted it.</param>
public sealed record ResumeEvent(string EventId, string ActorId);
