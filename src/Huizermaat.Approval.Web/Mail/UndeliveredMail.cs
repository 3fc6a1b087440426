using Huizermaat.Approval.Mail;

namespace Huizermaat.Approval.Web.Mail;

/// <summary>A workflow mail SendGrid reported as bounced or dropped: its recipient never got it.</summary>
/// <param name="EventId">SendGrid's <c>sg_event_id</c> (events are delivered at least once).</param>
/// <param name="StepId">The step the mail was about (<c>manager</c>, <c>consent:&lt;person&gt;</c>), when it carried one.</param>
public sealed record UndeliveredMail(
    string DraftId,
    string EventId,
    MailDeliveryOutcome Outcome,
    string Email,
    string? StepId,
    string? Reason,
    DateTimeOffset At);
