using Huizermaat.Approval.People;

namespace Huizermaat.Approval.Testing;

/// <summary>A small fictional school for the end-to-end tests: two authors, their manager, a pupil of 13 and her parent.</summary>
public static class FlowPeople
{
    public const string AuthorEmail = "anna.devries@huizermaat.nl";
    public const string OtherAuthorEmail = "bram.visser@huizermaat.nl";
    public const string ManagerEmail = "mark.jansen@huizermaat.nl";
    public const string ParentEmail = "peter.bakker@example.nl";
    public const string PupilId = "sanne";
    public const string PupilName = "Sanne Bakker";

    public static Roster Roster(DateOnly today) => new(
        [
            new Person("anna", PersonKind.Staff, "Anna de Vries", AuthorEmail, ManagerId: "mark"),
            new Person("bram", PersonKind.Staff, "Bram Visser", OtherAuthorEmail, ManagerId: "mark"),
            new Person("mark", PersonKind.Staff, "Mark Jansen", ManagerEmail),
            new Person(PupilId, PersonKind.Pupil, PupilName, BirthDate: today.AddYears(-13), ClassName: "2B", GuardianIds: ["peter"]),
            new Person("peter", PersonKind.Guardian, "Peter Bakker", ParentEmail),
        ],
        []);
}
