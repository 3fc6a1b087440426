using Azure.Storage.Blobs;
using Huizermaat.Approval.Approvals;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Integrations.Media;
using Huizermaat.Approval.Media;
using Huizermaat.Approval.People;
using Huizermaat.Approval.Workflow;
using ImageMagick;
using Microsoft.Extensions.Options;

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
        [PhotoId]);

    /// <summary>The photo every draft shows (its thumbnail goes into the consent requests).</summary>
    public const string PhotoId = "benchsportdag1";

    /// <summary>Stores the photo as an upload would have (uncounted: written before the hosts start).</summary>
    public static async Task StorePhotoAsync(string connectionString, CancellationToken cancellationToken)
    {
        using var image = new MagickImage(MagickColors.Orange, 640, 480) { Format = MagickFormat.Jpeg };
        var jpeg = image.ToByteArray();
        var store = new BlobMediaStore(new BlobServiceClient(connectionString), Options.Create(new BlobMediaStoreOptions()), TimeProvider.System);
        await store.SaveAsync(new StoredMedia(PhotoId, MediaKind.Photo, "image/jpeg", jpeg.Length), new MemoryStream(jpeg), jpeg, cancellationToken);
    }
}
