namespace Huizermaat.Approval.People;

/// <summary>
/// Someone in the school's roster. Pupils have a class, a birth date and guardians; staff have a manager
/// and a deputy (who stands in when the manager does not answer); guardians and staff have an e-mail address.
/// </summary>
public sealed record Person(
    string Id,
    PersonKind Kind,
    string Name,
    string? Email = null,
    DateOnly? BirthDate = null,
    string? ClassName = null,
    string? ManagerId = null,
    string? DeputyId = null,
    IReadOnlyList<string>? GuardianIds = null)
{
    public IReadOnlyList<string> Guardians => GuardianIds ?? [];

    /// <summary>Whole years of age on <paramref name="date"/>; null without a birth date.</summary>
    public int? AgeOn(DateOnly date)
    {
        if (BirthDate is not { } birth)
        {
            return null;
        }

        var age = date.Year - birth.Year;
        return date < birth.AddYears(age) ? age - 1 : age;
    }
}
