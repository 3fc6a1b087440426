using Huizermaat.Approval.Checks;

namespace Huizermaat.Approval.Workflow.Tests;

/// <summary>A stand-in protocol check for the workflow tests: "VERBODEN" in the text blocks the draft.</summary>
internal sealed class BlockingWordCheck : IProtocolCheck
{
    public const string Word = "VERBODEN";

    public IEnumerable<Finding> Check(DraftText draft)
    {
        var at = draft.Text.IndexOf(Word, StringComparison.Ordinal);
        if (at >= 0)
        {
            yield return Finding.InText("A.1", Severity.Block, "Dit woord mag niet.", new TextSpan(at, Word.Length));
        }
    }
}
