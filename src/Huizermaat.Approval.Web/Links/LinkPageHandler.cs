using Huizermaat.Approval.Checks;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Web.Api;
using Huizermaat.Approval.Web.Pages;
using Huizermaat.Approval.Web.Rendering;
using Huizermaat.Approval.Web.Storage;
using Huizermaat.Approval.Workflow;
using Huizermaat.Approval.Workflow.Events;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Huizermaat.Approval.Web.Links;

/// <summary>
/// <c>GET /link/{token}</c> shows what an e-mail link asks and changes nothing (mail scanners follow links);
/// <c>POST /link/{token}</c> (anti-forgery, a real button press) records the answer by raising the decision
/// event and answers at once. No sign-in: the token is the capability.
/// </summary>
public sealed class LinkPageHandler(
    LinkValidator validator,
    LinkUseStore uses,
    RosterStore roster,
    ApprovalClient approvals,
    IAntiforgery antiforgery,
    PageRenderer renderer,
    RequestLimiter limiter,
    TimeProvider time)
{
    public const string Route = "link/{token}";

    private const int MaxCommentLength = 2000;

    public async Task<IResult> ShowAsync(HttpRequest request, string token)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!limiter.AllowLink(request))
        {
            return await TooManyAsync().ConfigureAwait(false);
        }

        var check = await validator.ValidateAsync(token, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return check.Outcome is LinkOutcome.Decide or LinkOutcome.WithdrawConsent
            ? await RenderAsync(request, token, check).ConfigureAwait(false)
            : await RefusalAsync(check.Outcome).ConfigureAwait(false);
    }

    public async Task<IResult> DecideAsync(HttpRequest request, string token)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!limiter.AllowLink(request))
        {
            return await TooManyAsync().ConfigureAwait(false);
        }

        var cancellationToken = request.HttpContext.RequestAborted;
        if (!request.HasFormContentType || !await antiforgery.IsRequestValidAsync(request.HttpContext).ConfigureAwait(false))
        {
            return await MessageAsync(
                "Formulier verlopen",
                "Dit formulier is verlopen of niet via de pagina verstuurd. Open de link uit je e-mail opnieuw en kies nog eens.",
                "error",
                StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }

        var check = await validator.ValidateAsync(token, cancellationToken).ConfigureAwait(false);
        var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var decision = form["decision"].ToString();
        var comment = form["comment"].ToString().Trim();
        if (comment.Length > MaxCommentLength)
        {
            return await MessageAsync("Opmerking te lang", $"Je opmerking mag hoogstens {MaxCommentLength} tekens lang zijn.", "error", StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }

        var link = check.Link;
        var hash = ApprovalTokens.Hash(token);
        // The same press again while the instance has not recorded it: its answer was lost (a dropped connection, a
        // restart between recording the link's use and telling the instance), so the instance is told again; it counts
        // an event id (the token's hash) once.
        var repeated = link is not null && check.UsedFor == decision && check.Record is { State: ApprovalRecordStates.Requested }
            && check.Outcome is LinkOutcome.Used or LinkOutcome.WithdrawConsent;
        if ((check.Outcome == LinkOutcome.Decide || repeated) && link is not null && decision is "approve" or "reject")
        {
            if (!repeated && !await uses.TryUseAsync(hash, LinkUseStore.Decision, decision, time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
            {
                return await RefusalAsync(LinkOutcome.Used).ConfigureAwait(false);
            }

            // Once the use is recorded, the instance is told even if the approver goes away.
            var approved = decision == "approve";
            var delivery = await approvals.DecideAsync(
                link.DraftId,
                new DecisionEvent(hash, link.StepId, link.HolderId, approved, link.ContentHash, comment.Length == 0 ? null : comment),
                CancellationToken.None).ConfigureAwait(false);
            if (delivery != EventDelivery.Delivered)
            {
                return await RefusalAsync(LinkOutcome.Closed).ConfigureAwait(false);
            }

            var manager = link.StepId == StepIds.Manager;
            return await MessageAsync(
                "Dank je wel",
                (manager, approved) switch
                {
                    (true, true) => "Je hebt het bericht goedgekeurd. De auteur krijgt bericht.",
                    (true, false) => "Je hebt het bericht afgekeurd. De auteur krijgt je opmerking te zien.",
                    (false, true) => "Je hebt toestemming gegeven. Via deze link kun je die later altijd weer intrekken.",
                    _ => "Je hebt geen toestemming gegeven. Het bericht wordt niet gepubliceerd.",
                },
                "ok").ConfigureAwait(false);
        }

        // A withdrawal is told again on a repeat too: the event id counts once, and the takedown starts once.
        if (check.Outcome is LinkOutcome.WithdrawConsent or LinkOutcome.ConsentWithdrawn && link is not null && decision == "withdraw-consent")
        {
            if (check.Outcome == LinkOutcome.WithdrawConsent
                && !await uses.TryUseAsync(hash, LinkUseStore.ConsentWithdrawal, "withdraw", time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
            {
                return await RefusalAsync(LinkOutcome.ConsentWithdrawn).ConfigureAwait(false);
            }

            var personId = StepIds.ConsentPersonId(link.StepId)!;
            var delivery = await approvals.WithdrawConsentAsync(
                link.DraftId,
                new ConsentWithdrawnEvent(hash + ":withdraw", personId, link.HolderId, comment.Length == 0 ? null : comment),
                CancellationToken.None).ConfigureAwait(false);
            return delivery switch
            {
                EventDelivery.Delivered => await MessageAsync("Toestemming ingetrokken", "Je toestemming is ingetrokken. Het bericht wordt niet gepubliceerd.", "ok").ConfigureAwait(false),
                EventDelivery.TakedownStarted => await MessageAsync(
                    "Toestemming ingetrokken",
                    "Je toestemming is ingetrokken. Het bericht was al gepubliceerd en wordt van alle kanalen verwijderd; de auteur krijgt bericht.",
                    "ok").ConfigureAwait(false),
                _ => await RefusalAsync(LinkOutcome.ConsentWithdrawn).ConfigureAwait(false),
            };
        }

        return check.Outcome is LinkOutcome.Decide or LinkOutcome.WithdrawConsent
            ? await MessageAsync("Onbekende keuze", "Kies een van de knoppen op de pagina.", "error", StatusCodes.Status400BadRequest).ConfigureAwait(false)
            : await RefusalAsync(check.Outcome).ConfigureAwait(false);
    }

    private async Task<IResult> RenderAsync(HttpRequest request, string token, LinkCheck check)
    {
        var link = check.Link!;
        var submission = check.Submission!;
        var people = await roster.LoadAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
        var personId = StepIds.ConsentPersonId(link.StepId);
        var draft = submission.Draft;
        var media = draft.Media.Select((item, i) => new LinkMedia(
            item.FileName,
            item.Kind switch { MediaKind.Photo => "foto", MediaKind.Video => "video", _ => "geluid" },
            item.Kind == MediaKind.Photo && i < submission.MediaIds.Count
                ? MediaApiHandler.LinkThumbnailPath(token, submission.MediaIds[i])
                : null,
            personId is not null && item.People.Contains(personId))).ToList();
        var tokens = antiforgery.GetAndStoreTokens(request.HttpContext);
        var model = new LinkPageModel(
            token,
            check.Outcome,
            people.Find(link.HolderId)?.Name ?? link.HolderId,
            people.Find(submission.AuthorId)?.Name ?? submission.AuthorId,
            link.StepId == StepIds.Manager,
            personId is null ? null : people.Find(personId)?.Name ?? personId,
            draft.Text,
            [.. draft.Channels.Select(c => ChannelRules.All.TryGetValue(c, out var rules) ? rules.DisplayName : c.ToName())],
            draft.Capacity == Capacity.Personal ? "Op persoonlijke titel" : "Namens Huizermaat",
            submission.PublishAt,
            media,
            [.. (check.State?.Findings ?? []).Select(FindingView.From)],
            tokens.FormFieldName,
            tokens.RequestToken ?? string.Empty);
        return await renderer.RenderAsync<LinkPage>(new Dictionary<string, object?> { [nameof(LinkPage.Model)] = model }).ConfigureAwait(false);
    }

    private Task<IResult> RefusalAsync(LinkOutcome outcome) => outcome switch
    {
        LinkOutcome.Expired => MessageAsync("Link verlopen", "Deze link is verlopen: de tijd om te antwoorden is voorbij. Er is niets veranderd.", "error", StatusCodes.Status410Gone),
        LinkOutcome.Outdated => MessageAsync(
            "Link hoort bij een oudere versie",
            "Het bericht is na het versturen van deze link aangepast. Deze link geldt niet meer; je krijgt een nieuwe e-mail als je opnieuw iets moet beslissen.",
            "error",
            StatusCodes.Status410Gone),
        LinkOutcome.Replaced => MessageAsync(
            "Link vervangen",
            "Je hebt over dit bericht een nieuwere e-mail gekregen, met een nieuwe link. Gebruik die; deze link geldt niet meer. Er is niets veranderd.",
            "error",
            StatusCodes.Status410Gone),
        LinkOutcome.Used => MessageAsync("Link al gebruikt", "Met deze link is al geantwoord. Een link werkt maar één keer; er is niets veranderd.", "error", StatusCodes.Status409Conflict),
        LinkOutcome.ConsentWithdrawn => MessageAsync("Toestemming al ingetrokken", "Je hebt je toestemming al ingetrokken. Er is niets veranderd.", "info", StatusCodes.Status409Conflict),
        LinkOutcome.Closed => MessageAsync("Niet meer nodig", "Over dit bericht hoeft niet meer beslist te worden. Er is niets veranderd.", "info", StatusCodes.Status410Gone),
        _ => MessageAsync(
            "Ongeldige link",
            "Deze link is niet geldig. Controleer of je de hele link uit de e-mail hebt gebruikt. Er is niets veranderd.",
            "error",
            StatusCodes.Status404NotFound),
    };

    private Task<IResult> TooManyAsync() =>
        MessageAsync("Even geduld", "Er komen te veel verzoeken van dit adres. Probeer het over een minuut opnieuw; er is niets veranderd.", "warn", StatusCodes.Status429TooManyRequests);

    private Task<IResult> MessageAsync(string title, string text, string kind, int statusCode = StatusCodes.Status200OK) =>
        renderer.RenderAsync<MessagePage>(
            new Dictionary<string, object?> { [nameof(MessagePage.Title)] = title, [nameof(MessagePage.Text)] = text, [nameof(MessagePage.Kind)] = kind },
            statusCode);
}
