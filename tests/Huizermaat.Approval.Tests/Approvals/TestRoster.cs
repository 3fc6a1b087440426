using Huizermaat.Approval.Approvals;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.People;

namespace Huizermaat.Approval.Tests.Approvals;

/// <summary>A small roster: a teacher (author) with a manager and a deputy, pupils of several ages, their parents.</summary>
internal static class TestRoster
{
    public static readonly DateOnly PublishDate = new(2026, 10, 15);

    public static Person Teacher { get; } = new("t.devries", PersonKind.Staff, "Tom de Vries", "t.devries@huizermaat.nl", ManagerId: "m.jansen", DeputyId: "d.bakker");

    public static Person Manager { get; } = new("m.jansen", PersonKind.Staff, "Mieke Jansen", "m.jansen@huizermaat.nl");

    public static Person Deputy { get; } = new("d.bakker", PersonKind.Staff, "Dirk Bakker", "d.bakker@huizermaat.nl");

    /// <summary>14 on the publish date; two parents.</summary>
    public static Person Sanne { get; } = new("p.sanne", PersonKind.Pupil, "Sanne Visser", BirthDate: new DateOnly(2012, 3, 1), ClassName: "2B", GuardianIds: ["g.visser1", "g.visser2"]);

    /// <summary>Turns 16 on the publish date.</summary>
    public static Person Daan { get; } = new("p.daan", PersonKind.Pupil, "Daan Smit", "daan@leerling.huizermaat.nl", new DateOnly(2010, 10, 15), "4A", GuardianIds: ["g.smit"]);

    /// <summary>Turns 16 the day after the publish date.</summary>
    public static Person Noor { get; } = new("p.noor", PersonKind.Pupil, "Noor Smit", "noor@leerling.huizermaat.nl", new DateOnly(2010, 10, 16), "4A", GuardianIds: ["g.smit"]);

    public static Person Visser1 { get; } = new("g.visser1", PersonKind.Guardian, "Anna Visser", "anna.visser@example.nl");

    public static Person Visser2 { get; } = new("g.visser2", PersonKind.Guardian, "Bram Visser", "bram.visser@example.nl");

    public static Person Smit { get; } = new("g.smit", PersonKind.Guardian, "Carla Smit", "carla.smit@example.nl");

    public static Roster Create(params ConsentEntry[] consents) =>
        new([Teacher, Manager, Deputy, Sanne, Daan, Noor, Visser1, Visser2, Smit], consents);

    public static Submission Submit(Capacity capacity, params string[][] peoplePerItem) => new(
        "draft-1",
        1,
        Teacher.Id,
        new Draft(
            "Mooie dag op het sportveld!",
            capacity,
            [Channel.Instagram],
            AcknowledgedPermanence: true,
            [.. peoplePerItem.Select((people, i) => new MediaItem(MediaKind.Photo, $"foto{i}.jpg", people, people.Length == 0, OwnWork: true))]),
        [.. peoplePerItem.Select((_, i) => $"media-{i}")]);
}
