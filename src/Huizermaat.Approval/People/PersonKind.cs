namespace Huizermaat.Approval.People;

public enum PersonKind
{
    Pupil,
    Staff,
    Guardian,

    /// <summary>Anyone else who may appear in media (a visitor, a guest speaker): consents for themself.</summary>
    Other,
}
