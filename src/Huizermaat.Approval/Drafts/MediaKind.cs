namespace Huizermaat.Approval.Drafts;

public enum MediaKind
{
    Photo,
    Video,
    Audio,
}
