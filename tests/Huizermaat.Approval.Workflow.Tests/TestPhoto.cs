using Azure;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Media;
using ImageMagick;

namespace Huizermaat.Approval.Workflow.Tests;

/// <summary>
/// The photo every test draft carries (a JPEG), and a PNG, stored once per media container as the upload would store
/// them (the content type is what the pipeline sniffed).
/// </summary>
internal static class TestPhoto
{
    public const string MediaId = "sportdagfoto1";

    public const string PngMediaId = "sportdagfoto2";

    public static byte[] Jpeg { get; } = Render(MagickFormat.Jpeg);

    public static async Task EnsureStoredAsync(IMediaStore store)
    {
        await EnsureStoredAsync(store, new StoredMedia(MediaId, MediaKind.Photo, "image/jpeg", Jpeg.Length), Jpeg);
        var png = Render(MagickFormat.Png);
        await EnsureStoredAsync(store, new StoredMedia(PngMediaId, MediaKind.Photo, "image/png", png.Length), png);
    }

    private static async Task EnsureStoredAsync(IMediaStore store, StoredMedia media, byte[] bytes)
    {
        try
        {
            await store.GetInfoAsync(media.MediaId, CancellationToken.None);
        }
        catch (MediaNotFoundException)
        {
            try
            {
                using var content = new MemoryStream(bytes);
                await store.SaveAsync(media, content, Jpeg, CancellationToken.None);
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // Another test stored it at the same moment.
            }
        }
    }

    private static byte[] Render(MagickFormat format)
    {
        using var image = new MagickImage(MagickColors.Orange, 16, 16) { Format = format };
        return image.ToByteArray();
    }
}
