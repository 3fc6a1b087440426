using Huizermaat.Approval.Approvals;
using Huizermaat.Approval.People;
using Huizermaat.Approval.Workflow;

namespace Huizermaat.Approval.Web.Mail;

/// <summary>An undelivered mail as the pages show it, with the recipient and the step named in Dutch.</summary>
/// <param name="Recipient">The roster name of the address, or the address when the roster does not know it.</param>
/// <param name="About">What the mail asked, in Dutch ("toestemming voor Sanne Bakker").</param>
/// <param name="Reason">What the receiving server or SendGrid said (their words, usually English).</param>
public sealed record UndeliveredMailView(string Recipient, string Email, string About, string? Reason, DateTimeOffset At)
{
    /// <summary>The sentence the author and the operators read.</summary>
    public string Sentence => $"De e-mail aan {Recipient} ({About}) kon niet worden bezorgd{(string.IsNullOrWhiteSpace(Reason) ? "" : $" ({Reason})")}.";

    public static UndeliveredMailView From(UndeliveredMail mail, Roster roster)
    {
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentNullException.ThrowIfNull(roster);
        var recipient = roster.People.FirstOrDefault(p => string.Equals(p.Email, mail.Email, StringComparison.OrdinalIgnoreCase))?.Name ?? mail.Email;
        var about = mail.StepId switch
        {
            StepIds.Manager => "verzoek om goedkeuring",
            { } step when StepIds.ConsentPersonId(step) is { } person => $"toestemming voor {roster.Find(person)?.Name ?? person}",
            _ => "bericht over dit concept",
        };
        return new UndeliveredMailView(recipient, mail.Email, about, mail.Reason, mail.At);
    }
}
