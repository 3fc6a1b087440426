using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Checks;

/// <summary>How messages name a media item: "Foto 'klas.jpg'".</summary>
internal static class MediaNames
{
    public static string Describe(MediaItem item)
    {
        var kind = item.Kind switch
        {
            MediaKind.Photo => "Foto",
            MediaKind.Video => "Video",
            _ => "Geluidsopname",
        };
        return string.IsNullOrWhiteSpace(item.FileName) ? kind : $"{kind} '{item.FileName}'";
    }
}
