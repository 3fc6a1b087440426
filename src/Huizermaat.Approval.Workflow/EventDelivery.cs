namespace Huizermaat.Approval.Workflow;

/// <summary>What became of an event raised through <see cref="ApprovalClient"/>.</summary>
public enum EventDelivery
{
    /// <summary>Handed to the running instance (which ignores it if it has seen its id before).</summary>
    Delivered,

    /// <summary>No instance for that draft: nothing changed.</summary>
    UnknownInstance,

    /// <summary>The instance has ended: nothing changed.</summary>
    InstanceFinished,

    /// <summary>The post was published: consent withdrawn now starts its takedown from every channel.</summary>
    TakedownStarted,
}
