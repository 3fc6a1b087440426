using Huizermaat.Approval.People;

namespace Huizermaat.Approval.Web.Identity;

/// <summary>Who a signed-in user is in the roster's staff.</summary>
public sealed record StaffMatch(StaffMatchKind Kind, Person? Person)
{
    public static StaffMatch Found(Person person) => new(StaffMatchKind.Found, person);

    public static StaffMatch NotInRoster { get; } = new(StaffMatchKind.NotInRoster, null);

    /// <summary>The e-mail address is a member of staff whose first sign-in was with another Entra account.</summary>
    public static StaffMatch OtherAccount { get; } = new(StaffMatchKind.OtherAccount, null);
}
