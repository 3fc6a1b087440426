using Huizermaat.Approval.Approvals;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.People;
using Huizermaat.Approval.Workflow;

namespace Huizermaat.Approval.Workflow.Tests;

/// <summary>A roster for the workflow tests: an author with manager and deputy, a young pupil with two parents, an older pupil.</summary>
internal static class WorkflowPeople
{
    public static readonly Person Author = new("t.devries", PersonKind.Staff, "Tom de Vries", "t.devries@huizermaat.nl", ManagerId: "m.jansen", DeputyId: "d.bakker");
    public static readonly Person Manager = new("m.jansen", PersonKind.Staff, "Mieke Jansen", "m.jansen@huizermaat.nl");
    public static readonly Person Deputy = new("d.bakker", PersonKind.Staff, "Dirk Bakker", "d.bakker@huizermaat.nl");
    public static readonly Person Sanne = new("p.sanne", PersonKind.Pupil, "Sanne Visser", BirthDate: new DateOnly(2014, 3, 1), ClassName: "1B", GuardianIds: ["g.anna", "g.bram"]);
    public static readonly Person Anna = new("g.anna", PersonKind.Guardian, "Anna Visser", "anna.visser@example.nl");
    public static readonly Person Bram = new("g.bram", PersonKind.Guardian, "Bram Visser", "bram.visser@example.nl");
    public static readonly Person Refuser = new("p.nee", PersonKind.Pupil, "Nina Nee", "nina@leerling.huizermaat.nl", new DateOnly(2005, 1, 1), "6V");

    public static Roster Roster { get; } = new(
        [Author, Manager, Deputy, Sanne, Anna, Bram, Refuser],
        // "No" this school year and the next, so that the test holds on the 31st of July too.
        [
            new ConsentEntry(Refuser.Id, SchoolYear.Of(DateOnly.FromDateTime(DateTime.UtcNow)), ConsentCategories.SocialMedia, false),
            new ConsentEntry(Refuser.Id, new SchoolYear(SchoolYear.Of(DateOnly.FromDateTime(DateTime.UtcNow)).StartYear + 1), ConsentCategories.SocialMedia, false),
        ]);

    public static Submission Draft(string text = "Sportdag was geweldig!", Capacity capacity = Capacity.Official, params string[] peopleShown) => new(
        $"d{Guid.NewGuid():N}",
        1,
        Author.Id,
        new Draft(
            text,
            capacity,
            [Channel.Facebook, Channel.Mastodon],
            AcknowledgedPermanence: true,
            // A photo always (as on Instagram, which needs one); without people shown, nobody is identifiable on it.
            [new MediaItem(MediaKind.Photo, "sportdag.jpg", peopleShown, NoIdentifiablePeople: peopleShown.Length == 0, OwnWork: true)]),
        [TestPhoto.MediaId]);
}
