using System.Text.RegularExpressions;
using Huizermaat.Approval.Mail;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Huizermaat.Approval.Web.Admin;

/// <summary>
/// Why a Durable instance failed: the innermost error (English, for the operator to act on) and a Dutch summary.
/// The Functions host reports it as failure details; the local sidecar (Azure Storage provider) only as the output text.
/// </summary>
public static partial class FailureText
{
    private const string Refused = "SendGrid refused";
    private const string Unavailable = "SendGrid is unavailable";
    private const int MaxReasonLength = 1000;

    /// <summary>The innermost failure's message: the activity's own words rather than the orchestration's wrapper.</summary>
    public static string Reason(OrchestrationMetadata? instance)
    {
        var failure = instance?.FailureDetails;
        while (failure?.InnerFailure is { } inner)
        {
            failure = inner;
        }

        var text = failure?.ErrorMessage ?? instance?.SerializedOutput;
        if (string.IsNullOrWhiteSpace(text))
        {
            return "onbekende fout";
        }

        text = ActivityWrapper().Replace(text.Trim().Trim('"'), string.Empty);
        return text.Length > MaxReasonLength ? text[..MaxReasonLength] + "…" : text;
    }

    /// <summary>What an operator reads first, in Dutch.</summary>
    public static string Summary(OrchestrationMetadata? instance) => Kind(instance) switch
    {
        FailureKind.MailRefused =>
            "SendGrid weigerde een e-mail van dit bericht (een blijvende fout: er komt vanzelf geen nieuwe poging). Los de oorzaak op die SendGrid hieronder noemt, bijvoorbeeld de afzender of de API-sleutel, en kies dan Opnieuw proberen.",
        FailureKind.MailUnavailable =>
            "SendGrid was niet bereikbaar, ook niet na herhaalde pogingen. Kies later Opnieuw proberen.",
        _ => "De verwerking van dit bericht is gestopt door een fout. Kies Opnieuw proberen als de oorzaak is verholpen.",
    };

    /// <summary>What the author reads on the status page while the operators handle it, in Dutch.</summary>
    public static string ForAuthor(OrchestrationMetadata? instance) => Kind(instance) is FailureKind.MailRefused or FailureKind.MailUnavailable
        ? "Er ging iets mis bij het versturen van de e-mails voor dit bericht: de verzoeken om goedkeuring of toestemming zijn (nog) niet verstuurd. Het communicatieteam ziet dit in Beheer en verstuurt ze opnieuw zodra het is opgelost; je hoeft zelf niets te doen."
        : "Er ging iets mis bij het verwerken van dit bericht. Het communicatieteam ziet dit in Beheer en probeert het opnieuw; je hoeft zelf niets te doen.";

    private static FailureKind Kind(OrchestrationMetadata? instance)
    {
        for (var f = instance?.FailureDetails; f is not null; f = f.InnerFailure)
        {
            if (f.ErrorType.EndsWith(nameof(MailDeliveryException), StringComparison.Ordinal))
            {
                return FailureKind.MailRefused;
            }
        }

        var reason = Reason(instance);
        return reason.Contains(Refused, StringComparison.Ordinal) ? FailureKind.MailRefused
            : reason.Contains(Unavailable, StringComparison.Ordinal) ? FailureKind.MailUnavailable
            : FailureKind.Other;
    }

    /// <summary>"Task 'RequestDecision' (#1) failed with an unhandled exception: " before the activity's message.</summary>
    [GeneratedRegex(@"^Task '[^']+' \(#\d+\) failed with an unhandled exception: ")]
    private static partial Regex ActivityWrapper();

    private enum FailureKind
    {
        Other,
        MailRefused,
        MailUnavailable,
    }
}
