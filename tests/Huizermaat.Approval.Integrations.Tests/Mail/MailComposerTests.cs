using Huizermaat.Approval.Mail;
using Huizermaat.Approval.Mail.Templates;

namespace Huizermaat.Approval.Integrations.Tests.Mail;

public sealed class MailComposerTests
{
    private static readonly MailAddress Parent = new("ouder@example.org", "Els <de> Vries");
    private static readonly Uri Link = new("https://goedkeuring.example.org/consent/abc?token=x&y=1");
    private static readonly DateTimeOffset Deadline = new(2026, 12, 1, 16, 0, 0, TimeSpan.Zero);

    public static TheoryData<MailModel, MailKind> EveryTemplate() => new()
    {
        { new ManagerRequestMail(Parent, "d1", "manager", "Jan", "Tekst", ["instagram"], Link, Deadline), MailKind.ManagerRequest },
        { new ConsentRequestMail(Parent, "d1", "consent-1", "Sam", false, "Jan", "Tekst", [], Link, Deadline), MailKind.ConsentRequest },
        { new ReminderMail(Parent, "d1", "consent-1", "Jan", "Sam", Link, Deadline), MailKind.Reminder },
        { new EscalationMail(Parent, "d1", "manager", "Piet", "Jan", "Tekst", Link, Deadline), MailKind.Escalation },
        { new DecisionMail(Parent, "d1", "decision", DecisionOutcome.Rejected, "Piet", "Nee", Link), MailKind.DecisionToAuthor },
        { new NeedsChangesMail(Parent, "d1", "author:needs-changes", ["A.1: <b>Naam</b> van een leerling"], Link), MailKind.DecisionToAuthor },
        { new ExpiryMail(Parent, "d1", "expiry", ["Sam"], Link), MailKind.Expiry },
        { new PublicationMail(Parent, "d1", "publish", [new PublishedLink("Mastodon", Link)], []), MailKind.Publication },
        { new TakedownMail(Parent, "d1", "takedown", "Toestemming ingetrokken", [new PublishedLink("Mastodon", Link)], []), MailKind.Takedown },
    };

    [Theory]
    [MemberData(nameof(EveryTemplate))]
    public void Every_template_gives_html_and_text_with_the_ids_as_custom_args(MailModel model, MailKind kind)
    {
        var mail = MailComposer.Compose(model);

        Assert.Equal(kind, mail.Kind);
        Assert.Equal(Parent, mail.To);
        Assert.False(string.IsNullOrWhiteSpace(mail.Subject));
        Assert.StartsWith("<!DOCTYPE html>", mail.Html, StringComparison.Ordinal);
        Assert.Contains("Beste Els <de> Vries,", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Beste Els &lt;de&gt; Vries,", mail.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<de>", mail.Html, StringComparison.Ordinal);
        Assert.Equal("d1", mail.CustomArgs[MailComposer.InstanceIdArg]);
        Assert.Equal(model.StepId, mail.CustomArgs[MailComposer.StepIdArg]);
        Assert.Contains(Link.AbsoluteUri, mail.Text, StringComparison.Ordinal);
        Assert.Contains("https://goedkeuring.example.org/consent/abc?token=x&amp;y=1", mail.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_approved_personal_post_tells_the_author_to_post_it_themself()
    {
        var personal = MailComposer.Compose(new DecisionMail(Parent, "d1", "author", DecisionOutcome.Approved, string.Empty, null, Link, AuthorPosts: true));
        var official = MailComposer.Compose(new DecisionMail(Parent, "d1", "author", DecisionOutcome.Approved, string.Empty, null, Link));

        Assert.Contains("je plaatst het zelf", personal.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("je plaatst het zelf", official.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Script_in_the_post_text_and_names_is_rendered_inert()
    {
        var mail = MailComposer.Compose(new ManagerRequestMail(
            Parent, "d1", "manager", "<img src=x onerror=alert(1)>", "Kijk! <script>alert('x')</script> \"quote\"", ["x"], Link, Deadline));

        Assert.DoesNotContain("<script>", mail.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", mail.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &quot;quote&quot;", mail.Html, StringComparison.Ordinal);
        Assert.Contains("> Kijk! <script>alert('x')</script> \"quote\"", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Consent_request_names_the_pupil_and_shows_the_photos_inline()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xD9];
        var mail = MailComposer.Compose(new ConsentRequestMail(
            Parent, "d1", "consent-1", "Sam Jansen", false, "Jan", "Sportdag!",
            [new MailImage("sportdag.jpg", "image/jpeg", jpeg), new MailImage("finish.jpg", "image/jpeg", jpeg)], Link, Deadline));

        Assert.Contains("Sam Jansen", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("waarop Sam Jansen te zien of te horen is", mail.Text, StringComparison.Ordinal);
        Assert.NotNull(mail.InlineImages);
        Assert.Equal(["foto1", "foto2"], mail.InlineImages.Select(i => i.ContentId));
        Assert.Contains("src=\"cid:foto1\"", mail.Html, StringComparison.Ordinal);
        Assert.Contains("src=\"cid:foto2\"", mail.Html, StringComparison.Ordinal);
        Assert.Contains("sportdag.jpg, finish.jpg", mail.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EveryTemplate))]
    public void No_template_says_van_het_Huizermaat_or_foto_brackets_s(MailModel model, MailKind kind)
    {
        var mail = MailComposer.Compose(model);

        Assert.Equal(kind, mail.Kind);
        Assert.DoesNotContain("het Huizermaat", mail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("foto('s)", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parent_is_addressed_formally_and_told_what_shows_their_child_where()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xD9];
        var mail = MailComposer.Compose(new ConsentRequestMail(
            Parent, "d1", "consent:sam", "Sam Jansen", false, "Jan", "Sportdag!", [new MailImage("sportdag.jpg", "image/jpeg", jpeg)], Link, Deadline)
        {
            Channels = ["Instagram", "Facebook"],
            MediaShown = [Approval.Drafts.MediaKind.Photo, Approval.Drafts.MediaKind.Video],
        });

        Assert.Contains("plaatsen op Instagram en Facebook met een foto en een video waarop Sam Jansen te zien of te horen is", mail.Text, StringComparison.Ordinal);
        Assert.Contains("uw toestemming", mail.Text, StringComparison.Ordinal);
        Assert.Contains("kunt u uw toestemming via dezelfde link intrekken", mail.Text, StringComparison.Ordinal);
        Assert.Contains("(Bijgevoegd: 1 foto: sportdag.jpg)", mail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(" je ", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pupil_of_sixteen_asked_about_themself_is_addressed_directly()
    {
        var mail = MailComposer.Compose(new ConsentRequestMail(Parent, "d1", "consent:sam", "Sam Jansen", true, "Jan", "Sportdag!", [], Link, Deadline) { Channels = ["X"] });

        Assert.Contains("waarop jij te zien of te horen bent", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Geef je toestemming", mail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(" u ", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reminder_to_a_parent_says_uw()
    {
        var mail = MailComposer.Compose(new ReminderMail(Parent, "d1", "consent:sam", "Jan", "Sam", Link, Deadline) { Formal = true });

        Assert.Contains("wacht nog op uw toestemming", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_manager_is_shown_the_check_with_contested_blocks_and_the_channels_with_en()
    {
        var mail = MailComposer.Compose(new ManagerRequestMail(Parent, "d1", "manager", "Jan", "Tekst", ["Instagram", "Facebook", "X"], Link, Deadline)
        {
            Remarks = ["Betwist door de auteur: '06 12345678' is een mobiel nummer. (A.1). Reden van de auteur: \u201cHet nummer van de school.\u201d"],
        });
        var clean = MailComposer.Compose(new ManagerRequestMail(Parent, "d1", "manager", "Jan", "Tekst", ["Instagram"], Link, Deadline));

        Assert.Contains("plaatsen op Instagram, Facebook en X en vraagt je goedkeuring", mail.Text, StringComparison.Ordinal);
        Assert.Contains("- Betwist door de auteur:", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Het nummer van de school.", mail.Html, StringComparison.Ordinal);
        Assert.Contains("De controle op het protocol vond geen punten.", clean.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_takedown_mail_names_the_post()
    {
        var mail = MailComposer.Compose(new TakedownMail(Parent, "d1", "author:taken-down", "De toestemming voor Sam is ingetrokken.", [new PublishedLink("Mastodon", Link)], [])
        {
            PostText = "Wat een mooie sportdag was het vandaag!",
        });

        Assert.Contains("> Wat een mooie sportdag was het vandaag!", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Deadline_is_shown_in_Dutch_in_Amsterdam_time()
    {
        var mail = MailComposer.Compose(new ReminderMail(Parent, "d1", "manager", "Jan", null, Link, Deadline));

        // 16:00 UTC on 1 December is 17:00 in Amsterdam (winter time).
        Assert.Contains("dinsdag 1 december 2026 om 17:00", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_that_is_not_http_is_refused()
    {
        var model = new ReminderMail(Parent, "d1", "manager", "Jan", null, new Uri("javascript:alert(1)"), Deadline);

        Assert.Throws<ArgumentException>(() => MailComposer.Compose(model));
    }
}
