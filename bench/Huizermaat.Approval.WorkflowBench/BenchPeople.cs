using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.People;
using Huizermaat.Approval.Workflow;

namespace Huizermaat.Approval.WorkflowBench;

/// <summary>
/// A fictional roster in which every draft needs three approvals: the author's manager and the consent of the two
/// adult pupils shown in its photo (who consent themselves).
/// </summary>
internal static class BenchPeople
{
    public static readonly Person Author = new("b.auteur", PersonKind.Staff, "Bea Auteur", "b.auteur@huizermaat.nl", ManagerId: "b.manager");
    public static readonly Person Manager = new("b.manager", PersonKind.Staff, "Bas Manager", "b.manager@huizermaat.nl");
    public static readonly Person First = new("p.eerste", PersonKind.Pupil, "Eva Eerste", "eva@leerling.huizermaat.nl", new DateOnly(2007, 1, 1), "6V");
    public static readonly Person Second = new("p.tweede", PersonKind.Pupil, "Tim Tweede", "tim@leerling.huizermaat.nl", new DateOnly(2007, 2, 1), "6V");

    public static Roster Roster { get; } = new([Author, Manager, First, Second], []);

    /// <summary>The addresses that receive an approval link for every draft.</summary>
    public static IReadOnlyList<string> Approvers { get; } = [Manager.Email!, First.Email!, Second.Email!];

    public static IReadOnlyList<Channel> Channels { get; } = [Channel.Facebook, Channel.Mastodon];

    public static Submission Draft() => new(
        $"b{Guid.NewGuid():N}",
        1,
        Author.Id,
        new Draft(
            "Sportdag was geweldig!",
            Capacity.Official,
            [.. Channels],
            AcknowledgedPermanence: true,
            [new MediaItem(MediaKind.Photo, "sportdag.jpg", [First.Id, Second.Id], false, OwnWork: true)]),
        ["media-1"]);
}
