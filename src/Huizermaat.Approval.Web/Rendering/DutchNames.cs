using Huizermaat.Approval.Workflow;
using Huizermaat.Approval.Workflow.Storage;

namespace Huizermaat.Approval.Web.Rendering;

/// <summary>How the pages name stages and approval states, in Dutch.</summary>
public static class DutchNames
{
    /// <summary>Stages in which the author may still withdraw the draft.</summary>
    public static readonly IReadOnlySet<string> Withdrawable = new HashSet<string>
    {
        ApprovalStages.Checking, ApprovalStages.NeedsChanges, ApprovalStages.AwaitingApprovals, ApprovalStages.Scheduled, ApprovalStages.Paused,
    };

    /// <summary>Stages in which the author may send a new version: while it is under way, and after a no (ApprovalClient starts it again).</summary>
    public static readonly IReadOnlySet<string> Revisable = new HashSet<string>
    {
        ApprovalStages.Checking, ApprovalStages.NeedsChanges, ApprovalStages.AwaitingApprovals, ApprovalStages.Scheduled,
        ApprovalStages.Rejected, ApprovalStages.Expired, ApprovalStages.ConsentRefused,
    };

    public static string Stage(string stage) => stage switch
    {
        ApprovalStages.Checking => "Wordt gecontroleerd",
        ApprovalStages.NeedsChanges => "Moet worden aangepast",
        ApprovalStages.AwaitingApprovals => "Wacht op goedkeuring",
        ApprovalStages.Approved => "Goedgekeurd",
        ApprovalStages.Scheduled => "Ingepland",
        ApprovalStages.Paused => "Gepauzeerd",
        ApprovalStages.Published => "Gepubliceerd",
        ApprovalStages.Rejected => "Afgekeurd",
        ApprovalStages.ConsentRefused => "Geen toestemming",
        ApprovalStages.Expired => "Verlopen",
        ApprovalStages.Withdrawn => "Ingetrokken",
        ApprovalStages.TakenDown => "Verwijderd",
        ApprovalStages.PublishFailed => "Publiceren mislukt",
        _ => stage,
    };

    public static string Approval(string state) => state switch
    {
        ApprovalRecordStates.Requested => "Wacht op antwoord",
        ApprovalRecordStates.Approved => "Goedgekeurd",
        ApprovalRecordStates.Refused => "Geweigerd",
        ApprovalRecordStates.Expired => "Verlopen",
        ApprovalRecordStates.Voided => "Vervallen door een nieuwe versie",
        ApprovalRecordStates.Closed => "Niet meer nodig",
        Drafts.ApprovalView.WithdrawnState => "Ingetrokken",
        _ => state,
    };

    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    private static readonly System.Globalization.CultureInfo Dutch = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The moment on the school's clock (Europe/Amsterdam).</summary>
    public static DateTimeOffset LocalTime(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Amsterdam);

    /// <summary>A date as the school reads it: "25 november 2026", Amsterdam time.</summary>
    public static string Date(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Amsterdam).ToString("d MMMM yyyy", Dutch);

    /// <summary>A moment as the school reads it: "25 nov 2026 14:05", Amsterdam time.</summary>
    public static string Time(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Amsterdam).ToString("d MMM yyyy HH:mm", Dutch);

    /// <summary>The state of a channel's post, in Dutch.</summary>
    public static string Channel(string state) => state switch
    {
        "pending" => "Nog niet gepubliceerd",
        "published" => "Gepubliceerd",
        "failed" => "Mislukt",
        "taken-down" => "Verwijderd",
        _ => state,
    };
}
