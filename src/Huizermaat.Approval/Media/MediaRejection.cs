namespace Huizermaat.Approval.Media;

/// <summary>Why an upload was refused.</summary>
public enum MediaRejection
{
    Empty,

    /// <summary>Not one of the photo, video or audio formats we accept (judged by the bytes, not the name).</summary>
    UnsupportedType,

    TooLarge,

    /// <summary>An image with more pixels than allowed (a decompression bomb or an absurd resolution).</summary>
    TooManyPixels,

    /// <summary>The bytes claim a format but cannot be decoded (truncated or forged).</summary>
    Corrupt,

    /// <summary>A video or recording carries a track beside its picture and sound (such as GPS) that cannot be removed safely.</summary>
    MetadataNotRemovable,
}
