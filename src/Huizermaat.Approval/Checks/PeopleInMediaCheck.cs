using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Faces;

namespace Huizermaat.Approval.Checks;

/// <summary>
/// A.5: every photo, video or audio item lists the people in it, or states that nobody is identifiable; and where the
/// face detector found faces, they add up: every face is one of the people named, blurred ("vervagen") or no
/// recognisable face ("geen herkenbaar gezicht"). A face nobody was assigned to passes only while the people named
/// without a face of their own can still account for it. "Niemand herkenbaar" contradicts a clear face that is not
/// blurred or marked. Faces marked "geen herkenbaar gezicht" are reported (info), so that every approver sees them.
/// </summary>
public sealed class PeopleInMediaCheck : IProtocolCheck
{
    public const string Rule = "A.5";

    public IEnumerable<Finding> Check(DraftText draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        foreach (var item in draft.Draft.Media)
        {
            foreach (var finding in Check(item))
            {
                yield return finding;
            }
        }
    }

    private static IEnumerable<Finding> Check(MediaItem item)
    {
        var name = MediaNames.Describe(item);
        var faces = item.Faces ?? [];
        var unresolved = faces.Count(f => f.Resolution == FaceResolution.Unresolved);
        var assigned = faces.Where(f => f.Resolution == FaceResolution.Person).Select(f => f.PersonId!).ToHashSet(StringComparer.Ordinal);
        var namedWithoutFace = item.People.Distinct(StringComparer.Ordinal).Count(p => !assigned.Contains(p));

        foreach (var (face, number) in faces.Select((f, i) => (f, i + 1)))
        {
            if (face.Resolution == FaceResolution.Person && !item.People.Contains(face.PersonId!, StringComparer.Ordinal))
            {
                yield return new Finding(Rule, Severity.Block,
                    $"{name}: gezicht {number} is toegewezen aan iemand die je niet bij deze foto noemt. Voeg die persoon toe of kies opnieuw.");
            }
        }

        if (item.NoIdentifiablePeople)
        {
            if (item.People.Count > 0)
            {
                yield return new Finding(Rule, Severity.Block,
                    $"{name}: je noemt mensen én 'niemand herkenbaar'. Kies één van de twee.");
            }

            var clear = faces.Count(f => f.Box.IsClear && f.Resolution is FaceResolution.Unresolved or FaceResolution.Person);
            if (clear > 0)
            {
                yield return new Finding(Rule, Severity.Block,
                    $"{name}: je geeft aan dat niemand herkenbaar is, maar er {(clear == 1 ? "staat 1 duidelijk gezicht" : $"staan {clear} duidelijke gezichten")} op. "
                    + "Laat ze vervagen of markeer ze als 'geen herkenbaar gezicht'.");
            }
        }
        else if (unresolved > namedWithoutFace)
        {
            yield return new Finding(Rule, Severity.Block,
                $"{name}: op deze foto {(faces.Count == 1 ? "staat 1 gezicht" : $"staan {faces.Count} gezichten")}; je noemt {Count(item.People.Count, "persoon", "personen")}. "
                + "Wijs elk gezicht toe of laat het vervagen.");
        }
        else if (item.People.Count == 0)
        {
            var who = item.Kind == MediaKind.Audio ? "wie er te horen zijn" : "wie erop staan";
            yield return new Finding(Rule, Severity.Block,
                $"{name}: geef aan {who}, of dat niemand herkenbaar is. Iedereen moet toestemming geven.");
        }

        var unrecognisable = faces.Count(f => f.Resolution == FaceResolution.Unrecognisable);
        if (unrecognisable > 0)
        {
            yield return new Finding(Rule, Severity.Info,
                $"{name}: de auteur heeft {(unrecognisable == 1 ? "1 gevonden gezicht" : $"{unrecognisable} gevonden gezichten")} gemarkeerd als 'geen herkenbaar gezicht'.");
        }
    }

    private static string Count(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{count} {many}";
}
