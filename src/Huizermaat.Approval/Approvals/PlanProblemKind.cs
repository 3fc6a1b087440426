namespace Huizermaat.Approval.Approvals;

/// <summary>Why the roster cannot say who must approve; the author (or the roster) must be corrected first.</summary>
public enum PlanProblemKind
{
    /// <summary>The author is not in the roster as staff.</summary>
    UnknownAuthor,

    /// <summary>An official post, but the roster names no manager (or one that is not in it) for the author.</summary>
    NoManager,

    /// <summary>A person id in the media is not in the roster.</summary>
    UnknownPerson,

    /// <summary>A pupil under the age of consent without a guardian with an e-mail address.</summary>
    NoGuardian,

    /// <summary>Someone who must decide has no e-mail address in the roster.</summary>
    NoEmail,
}
