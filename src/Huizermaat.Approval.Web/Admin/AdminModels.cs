using Huizermaat.Approval.People;
using Huizermaat.Approval.Web.Mail;
using Huizermaat.Approval.Web.Rendering;
using Huizermaat.Approval.Workflow.Storage;

namespace Huizermaat.Approval.Web.Admin;

/// <summary>One draft on the Beheer dashboard.</summary>
/// <param name="OpenSteps">Approval requests still unanswered.</param>
/// <param name="OverdueSteps">Of those, the ones past their reminder time or expiry.</param>
public sealed record InstanceRow(DraftState State, string AuthorName, int OpenSteps, int OverdueSteps);

/// <summary>An unanswered approval request past its reminder time (<see cref="Expired"/>: past its expiry too).</summary>
public sealed record OverdueStep(string DraftId, string StepId, string HolderName, DateTimeOffset RequestedAt, DateTimeOffset DueAt, bool Expired);

/// <summary>Failed work an operator can retry or mark handled: a failed instance, or a channel that failed to publish.</summary>
/// <param name="Channel">Null for a failed Durable instance.</param>
public sealed record FailureRow(string DraftId, string? Channel, string Error, DateTimeOffset At)
{
    /// <summary>In Dutch: what went wrong and what to do (for a failed instance).</summary>
    public string? Summary { get; init; }
}

/// <summary>A mail SendGrid reported bounced or dropped, of a draft still under way.</summary>
public sealed record UndeliveredRow(string DraftId, UndeliveredMailView Mail);

public sealed record AdminOverview(
    IReadOnlyList<InstanceRow> Instances,
    IReadOnlyDictionary<string, int> CountsByStage,
    IReadOnlyList<OverdueStep> Overdue,
    IReadOnlyList<FailureRow> Failures,
    IReadOnlyDictionary<string, string> Names)
{
    /// <summary>Undelivered mails of drafts that have not ended: someone was not asked and cannot answer.</summary>
    public IReadOnlyList<UndeliveredRow> Undelivered { get; init; } = [];

    /// <summary>Blocks authors contested, per rule and word, most first: which checks misfire.</summary>
    public IReadOnlyList<ContestedCount> Contested { get; init; } = [];

    /// <summary>Every post the page lists, named by the start of its text (<see cref="PostOpenings"/>), by draft id.</summary>
    public IReadOnlyDictionary<string, string> Titles { get; init; } = new Dictionary<string, string>();

    public string Title(string draftId) => Titles.GetValueOrDefault(draftId, PostOpenings.Missing);
}

/// <summary>How often authors contested a rule's block on one word (<see cref="Word"/> null: a block about the whole post, C.2 or C.3).</summary>
public sealed record ContestedCount(string Rule, string? Word, int Count);

/// <summary>Everything recorded about one draft, for its audit page and export.</summary>
public sealed record AuditView(
    DraftState State,
    string AuthorName,
    IReadOnlyList<AuditEntry> Entries,
    IReadOnlyList<ApprovalRecord> Approvals,
    IReadOnlyList<ChannelRecord> Channels,
    IReadOnlyList<FailureRow> Failures,
    IReadOnlyDictionary<string, string> Names)
{
    public IReadOnlyList<UndeliveredMailView> Undelivered { get; init; } = [];

    /// <summary>The audit trail told in Dutch (<see cref="DraftHistory"/>), oldest first.</summary>
    public IReadOnlyList<HistoryLine> History { get; init; } = [];

    /// <summary>The post named by the start of its text (<see cref="PostOpenings"/>).</summary>
    public string Title { get; init; } = PostOpenings.Missing;
}

/// <summary>The Beheer dashboard: the overview, the deployment's readiness (for the first-run steps), the stage filtered on.</summary>
public sealed record AdminPageModel(AdminOverview Overview, DeploymentReadiness Readiness, string? Stage, FormToken Form)
{
    /// <summary>The emergency stop: whether publishing is paused, by whom and why, and the pauses before.</summary>
    public PauseView Pause { get; init; } = new(PublishingPause.Off, [], 0);

    /// <summary>What the operator just did (after a redirect), in Dutch.</summary>
    public string? Notice { get; init; }
}

/// <summary>The emergency stop as Beheer shows it.</summary>
/// <param name="History">The latest pauses and resumes, newest first.</param>
/// <param name="Held">How many drafts wait, approved, for the pause to be lifted.</param>
public sealed record PauseView(PublishingPause Current, IReadOnlyList<PublishingPause> History, int Held);

/// <summary>One draft in Beheer: its audit trail, and what was just done to it (<see cref="Notice"/>).</summary>
public sealed record AdminDraftModel(AuditView Audit, string? Notice, FormToken Form);

/// <summary>Beheer → Gereedheid, with the operator's own address for the test mail.</summary>
public sealed record ReadinessPageModel(DeploymentReadiness Readiness, string OperatorEmail, FormToken Form);

/// <summary>The roster import: what went wrong (<see cref="Problem"/>, <see cref="Errors"/> per line) or what was imported.</summary>
public sealed record RosterImportModel(string? Problem, IReadOnlyList<RosterImportError> Errors, Roster? Imported, FormToken Form);
