using Huizermaat.Approval.Approvals;
using Huizermaat.Approval.Web.Api;
using Huizermaat.Approval.Web.Rendering;
using Huizermaat.Approval.Workflow;
using Huizermaat.Approval.Workflow.Events;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Web.Links;

/// <summary>
/// <c>GET /link/{token}</c> shows what an e-mail link asks and changes nothing (mail scanners follow links);
/// <c>POST /link/{token}</c> (anti-forgery, a real button press) records the answer by raising the decision
/// event and answers at once; withdrawing a consent asks for confirmation first. No sign-in: the token is the capability.
/// </summary>
public sealed class LinkPageHandler(
    LinkValidator validator,
    LinkUseStore uses,
    RosterStore roster,
    PostReviewReader reviews,
    ChannelStore channels,
    ApprovalClient approvals,
    IOptions<ApprovalOptions> options,
    IAntiforgery antiforgery,
    PageRenderer renderer,
    MessagePages messages,
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
            return await TooManyAsync(request).ConfigureAwait(false);
        }

        var check = await validator.ValidateAsync(token, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return check.Outcome is LinkOutcome.Decide or LinkOutcome.WithdrawConsent
            ? await RenderAsync(request, token, check, confirmWithdrawal: false).ConfigureAwait(false)
            : await RefusalAsync(request, check.Outcome).ConfigureAwait(false);
    }

    public async Task<IResult> DecideAsync(HttpRequest request, string token)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!limiter.AllowLink(request))
        {
            return await TooManyAsync(request).ConfigureAwait(false);
        }

        var cancellationToken = request.HttpContext.RequestAborted;
        if (RequestBody.DeclaresMoreThan(request, RequestBody.MaxFormBytes))
        {
            return await TooLargeAsync(request).ConfigureAwait(false);
        }

        IFormCollection form;
        try
        {
            if (!request.HasFormContentType || !await antiforgery.IsRequestValidAsync(request.HttpContext).ConfigureAwait(false))
            {
                return await MessageAsync(
                    request,
                    "Formulier verlopen",
                    "Dit formulier is verlopen of niet via de pagina verstuurd. Open de link uit de e-mail opnieuw en kies nog eens.",
                    MessageKind.Error,
                    StatusCodes.Status400BadRequest).ConfigureAwait(false);
            }

            form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return await TooLargeAsync(request).ConfigureAwait(false);
        }

        var check = await validator.ValidateAsync(token, cancellationToken).ConfigureAwait(false);
        var decision = form["decision"].ToString();
        var comment = form["comment"].ToString().Trim();
        var link = check.Link;
        var formal = link is not null && Audience(link) == LinkAudience.Guardian;
        if (comment.Length > MaxCommentLength)
        {
            return await MessageAsync(
                request, "Opmerking te lang", $"{(formal ? "Uw" : "Je")} opmerking mag hoogstens {MaxCommentLength} tekens lang zijn.", MessageKind.Error, StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }

        var hash = ApprovalTokens.Hash(token);
        // The same press again while the instance has not recorded it: its answer was lost (a dropped connection, a
        // restart between recording the link's use and telling the instance), so the instance is told again; it counts
        // an event id (the token's hash) once.
        var repeated = link is not null && check.UsedFor == decision && check.Record is { State: ApprovalRecordStates.Requested }
            && check.Outcome is LinkOutcome.Used or LinkOutcome.WithdrawConsent;
        if ((check.Outcome == LinkOutcome.Decide || repeated) && link is not null && decision is "approve" or "reject")
        {
            if (!repeated && !await ClaimDecisionAsync(link, hash, decision, cancellationToken).ConfigureAwait(false))
            {
                return await RefusalAsync(request, LinkOutcome.Used).ConfigureAwait(false);
            }

            // Once the use is recorded, the instance is told even if the approver goes away.
            var approved = decision == "approve";
            var delivery = await approvals.DecideAsync(
                link.DraftId,
                new DecisionEvent(hash, link.StepId, link.HolderId, approved, link.ContentHash, comment.Length == 0 ? null : comment),
                CancellationToken.None).ConfigureAwait(false);
            if (delivery != EventDelivery.Delivered)
            {
                return await RefusalAsync(request, LinkOutcome.Closed).ConfigureAwait(false);
            }

            return await ThanksAsync(request, Audience(link), approved).ConfigureAwait(false);
        }

        // A confirmed withdrawal is told again on a repeat too: the event id counts once, and the takedown starts once.
        if (check.Outcome is LinkOutcome.WithdrawConsent or LinkOutcome.ConsentWithdrawn && link is not null && decision == "withdraw-consent")
        {
            if (form["bevestigd"] != "ja")
            {
                return check.Outcome == LinkOutcome.WithdrawConsent
                    ? await RenderAsync(request, token, check, confirmWithdrawal: true).ConfigureAwait(false)
                    : await RefusalAsync(request, LinkOutcome.ConsentWithdrawn).ConfigureAwait(false);
            }

            if (check.Outcome == LinkOutcome.WithdrawConsent
                && !await uses.TryUseAsync(hash, LinkUseStore.ConsentWithdrawal, "withdraw", time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
            {
                return await RefusalAsync(request, LinkOutcome.ConsentWithdrawn).ConfigureAwait(false);
            }

            var personId = StepIds.ConsentPersonId(link.StepId)!;
            var delivery = await approvals.WithdrawConsentAsync(
                link.DraftId,
                new ConsentWithdrawnEvent(hash + ":withdraw", personId, link.HolderId, comment.Length == 0 ? null : comment),
                CancellationToken.None).ConfigureAwait(false);
            var yours = formal ? "Uw" : "Je";
            return delivery switch
            {
                EventDelivery.Delivered => await MessageAsync(request, "Toestemming ingetrokken", $"{yours} toestemming is ingetrokken. Het bericht wordt niet geplaatst.", MessageKind.Ok).ConfigureAwait(false),
                EventDelivery.TakedownStarted => await MessageAsync(
                    request,
                    "Toestemming ingetrokken",
                    $"{yours} toestemming is ingetrokken. Het bericht was al geplaatst en wordt van alle kanalen verwijderd; de school krijgt bericht.",
                    MessageKind.Ok).ConfigureAwait(false),
                _ => await RefusalAsync(request, LinkOutcome.ConsentWithdrawn).ConfigureAwait(false),
            };
        }

        return check.Outcome is LinkOutcome.Decide or LinkOutcome.WithdrawConsent
            ? await MessageAsync(request, "Onbekende keuze", "Kies een van de knoppen op de pagina.", MessageKind.Error, StatusCodes.Status400BadRequest).ConfigureAwait(false)
            : await RefusalAsync(request, check.Outcome).ConfigureAwait(false);
    }

    /// <summary>
    /// Claims the approver's one decision on the step (whether through this link, a reminder's link or Te beoordelen),
    /// then this link's use. A claim of the step by this very press (its host killed before the link's use was
    /// recorded) is this press's own: it goes on.
    /// </summary>
    private async Task<bool> ClaimDecisionAsync(ApprovalLink link, string hash, string decision, CancellationToken cancellationToken)
    {
        var step = LinkUseStore.StepKey(link.DraftId, link.Revision, link.StepId, link.HolderId);
        var claim = decision + "|" + hash;
        if (!await uses.TryUseAsync(step, LinkUseStore.Decision, claim, time.GetUtcNow(), cancellationToken).ConfigureAwait(false)
            && await uses.FindAsync(step, LinkUseStore.Decision, cancellationToken).ConfigureAwait(false) != claim)
        {
            return false;
        }

        return await uses.TryUseAsync(hash, LinkUseStore.Decision, decision, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The answer to a decision, to the approver in their own form of address.</summary>
    private Task<IResult> ThanksAsync(HttpRequest request, LinkAudience audience, bool approved) => MessageAsync(
        request,
        audience == LinkAudience.Guardian ? "Dank u wel" : "Dank je wel",
        (audience, approved) switch
        {
            (LinkAudience.Manager, true) => "Je hebt het bericht goedgekeurd. De auteur krijgt bericht.",
            (LinkAudience.Manager, false) => "Je hebt het bericht afgekeurd. De auteur krijgt je opmerking te zien.",
            (LinkAudience.Guardian, true) => "U heeft toestemming gegeven. Via deze link kunt u die later altijd weer intrekken.",
            (LinkAudience.Guardian, false) => "U heeft geen toestemming gegeven. Het bericht wordt niet geplaatst.",
            (_, true) => "Je hebt toestemming gegeven. Via deze link kun je die later altijd weer intrekken.",
            _ => "Je hebt geen toestemming gegeven. Het bericht wordt niet geplaatst.",
        },
        MessageKind.Ok);

    /// <summary>The manager, a guardian (someone answering for the person shown), or the person shown themself.</summary>
    private static LinkAudience Audience(ApprovalLink link) =>
        StepIds.ConsentPersonId(link.StepId) is not { } person ? LinkAudience.Manager
        : person == link.HolderId ? LinkAudience.Self
        : LinkAudience.Guardian;

    private async Task<IResult> RenderAsync(HttpRequest request, string token, LinkCheck check, bool confirmWithdrawal)
    {
        var cancellationToken = request.HttpContext.RequestAborted;
        var link = check.Link!;
        var submission = check.Submission!;
        var personId = StepIds.ConsentPersonId(link.StepId);
        var post = await reviews.ReadAsync(submission, check.State, personId, id => MediaApiHandler.LinkThumbnailPath(token, id), cancellationToken).ConfigureAwait(false);
        var people = await roster.FindAllAsync(new[] { link.HolderId, personId }.OfType<string>(), cancellationToken).ConfigureAwait(false);
        var online = check.Outcome == LinkOutcome.WithdrawConsent
            ? (await channels.ListAsync(link.DraftId, cancellationToken).ConfigureAwait(false))
                .Where(c => c.State == ChannelStore.Published)
                .Select(c => new Drafts.ChannelView(c.Channel, c.State, c.Url) { At = c.At })
                .ToList()
            : [];
        var model = new LinkPageModel(
            token,
            check.Outcome,
            Audience(link),
            people.GetValueOrDefault(link.HolderId)?.Name ?? "ontvanger",
            personId is null ? null : people.GetValueOrDefault(personId)?.Name ?? "uw kind",
            post,
            check.Record?.ExpiresAt ?? link.ExpiresAt,
            FormToken.Issue(antiforgery, request))
        {
            AllGuardiansMustAnswer = options.Value.ConsentFromAllGuardians,
            Online = online,
            ConfirmWithdrawal = confirmWithdrawal,
        };
        return await renderer.RenderAsync<LinkPage, LinkPageModel>(request, model).ConfigureAwait(false);
    }

    /// <summary>
    /// Why a link does nothing (any more). A link that is simply no longer needed (answered, revised, closed, expired) reads
    /// calm, as information: nobody did anything wrong. Only a link that is not ours reads as an error.
    /// </summary>
    private Task<IResult> RefusalAsync(HttpRequest request, LinkOutcome outcome) => outcome switch
    {
        LinkOutcome.Expired => MessageAsync(
            request, "Link verlopen", "De tijd om te antwoorden is voorbij, dus deze link werkt niet meer. Er is niets veranderd.", MessageKind.Info, StatusCodes.Status410Gone),
        LinkOutcome.Outdated => MessageAsync(
            request,
            "Link hoort bij een oudere versie",
            "Het bericht is aangepast nadat deze link werd verstuurd, dus deze link geldt niet meer. Wie opnieuw moet beslissen, krijgt een nieuwe e-mail.",
            MessageKind.Info,
            StatusCodes.Status410Gone),
        LinkOutcome.Replaced => MessageAsync(
            request,
            "Link vervangen",
            "Over dit bericht is een nieuwere e-mail verstuurd, met een nieuwe link. Gebruik die; deze link werkt niet meer. Er is niets veranderd.",
            MessageKind.Info,
            StatusCodes.Status410Gone),
        LinkOutcome.Used => MessageAsync(request, "Al beantwoord", "Met deze link is al geantwoord. Een link werkt maar één keer; er is niets veranderd.", MessageKind.Info, StatusCodes.Status409Conflict),
        LinkOutcome.ConsentWithdrawn => MessageAsync(request, "Toestemming al ingetrokken", "De toestemming is al ingetrokken. Er is niets veranderd.", MessageKind.Info, StatusCodes.Status409Conflict),
        LinkOutcome.Closed => MessageAsync(request, "Niet meer nodig", "Over dit bericht hoeft niet meer beslist te worden. Er is niets veranderd.", MessageKind.Info, StatusCodes.Status410Gone),
        _ => MessageAsync(
            request,
            "Ongeldige link",
            "Deze link is niet geldig. Controleer of de hele link uit de e-mail is gebruikt. Er is niets veranderd.",
            MessageKind.Error,
            StatusCodes.Status404NotFound),
    };

    private Task<IResult> TooLargeAsync(HttpRequest request) =>
        MessageAsync(request, "Te veel tekst", $"Dit formulier is groter dan een antwoord met een opmerking van {MaxCommentLength} tekens kan zijn; er is niets veranderd. Open de link uit je e-mail opnieuw.", MessageKind.Error, StatusCodes.Status413PayloadTooLarge);

    private Task<IResult> TooManyAsync(HttpRequest request) =>
        MessageAsync(request, "Even geduld", "Er komen te veel verzoeken van dit adres. Probeer het over een minuut opnieuw; er is niets veranderd.", MessageKind.Warn, StatusCodes.Status429TooManyRequests);

    private Task<IResult> MessageAsync(HttpRequest request, string title, string text, MessageKind kind, int statusCode = StatusCodes.Status200OK) =>
        messages.ShowAsync(request, new Message(title, text, kind), statusCode);
}
