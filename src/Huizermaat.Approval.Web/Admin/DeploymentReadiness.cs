using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Web.Admin;

/// <summary>
/// Whether this deployment can do its work, for operators: storage, the roster, mail, the networks, and when a
/// test mail last left the app. <see cref="FirstRunSteps"/> are what a new deployment still needs.
/// </summary>
public sealed record DeploymentReadiness(
    string? StorageProblem,
    int StaffCount,
    int PupilCount,
    bool MailThroughSendGrid,
    string? MailSender,
    bool DeliveryEventsSigned,
    IReadOnlyList<NetworkReadiness> Networks,
    TestMailRecord? LastTestMail)
{
    public bool StorageReachable => StorageProblem is null;

    public bool RosterLoaded => StaffCount > 0;

    /// <summary>A network can take posts: the school's account, or in Development the development sink that stands in for it.</summary>
    public bool AnyNetwork => Networks.Any(n => n.State != NetworkState.NotConfigured);

    public bool TestMailSent => LastTestMail is { Problem: null };

    /// <summary>The first-run checklist: done when the roster is in, a network is connected and a test mail went out.</summary>
    public bool FirstRunDone => RosterLoaded && AnyNetwork && TestMailSent;
}

/// <summary>One network: connected to the school's account, the development sink, or not configured.</summary>
public sealed record NetworkReadiness(Channel Channel, NetworkState State);

public enum NetworkState
{
    NotConfigured,
    DevelopmentSink,
    Connected,
}

/// <summary>The last test mail an operator asked for: to whom, when, and what went wrong (null: accepted for delivery).</summary>
public sealed record TestMailRecord(string To, DateTimeOffset At, string? Problem);
