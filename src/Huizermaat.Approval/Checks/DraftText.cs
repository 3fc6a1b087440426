using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Checks;

/// <summary>A draft with its text analysed once, for every check to share.</summary>
public sealed class DraftText
{
    private DraftText(Draft draft)
    {
        Draft = draft;
    }

    public Draft Draft { get; }

    public string Text => Draft.Text;

    public static DraftText Analyze(Draft draft) => new(draft);
}
