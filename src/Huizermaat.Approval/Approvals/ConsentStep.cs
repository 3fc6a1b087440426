namespace Huizermaat.Approval.Approvals;

/// <summary>
/// A person shown in the media and who consents for them (A.5): the person themself, or for a pupil under the
/// age of consent their guardians, of whom one or all must consent.
/// </summary>
public sealed record ConsentStep(string PersonId, IReadOnlyList<string> HolderIds, bool RequiresAllHolders)
{
    public string StepId => StepIds.Consent(PersonId);

    /// <summary>True when the holders are guardians, who get no mail during quiet hours.</summary>
    public bool HoldersAreGuardians { get; init; }
}
