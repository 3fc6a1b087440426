namespace Huizermaat.Approval.People;

/// <summary>The yearly consent categories of the school's consent register (the names used in CSV and JSON).</summary>
public static class ConsentCategories
{
    public const string SocialMedia = "socialMedia";
    public const string Website = "website";
    public const string Schoolgids = "schoolgids";

    public static IReadOnlyList<string> All { get; } = [SocialMedia, Website, Schoolgids];
}
