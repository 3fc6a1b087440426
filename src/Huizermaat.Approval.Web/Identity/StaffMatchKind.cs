namespace Huizermaat.Approval.Web.Identity;

public enum StaffMatchKind
{
    Found,
    NotInRoster,
    OtherAccount,
}
