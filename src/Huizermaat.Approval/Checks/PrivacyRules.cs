using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Checks;

/// <summary>Which article a privacy finding cites: A.1/A.2 on official posts, C.1 on personal ones.</summary>
public static class PrivacyRules
{
    public static string PersonalData(Draft draft) => IsPersonal(draft) ? "C.1" : "A.1";

    public static string Confidentiality(Draft draft) => IsPersonal(draft) ? "C.1" : "A.2";

    private static bool IsPersonal(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return draft.Capacity == Capacity.Personal;
    }
}
