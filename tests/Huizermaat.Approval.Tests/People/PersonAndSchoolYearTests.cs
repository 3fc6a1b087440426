using Huizermaat.Approval.People;

namespace Huizermaat.Approval.Tests.People;

public sealed class PersonAndSchoolYearTests
{
    [Theory]
    [InlineData("2026-07-31", 2025)]
    [InlineData("2026-08-01", 2026)]
    [InlineData("2027-01-15", 2026)]
    public void The_school_year_starts_on_the_first_of_August(string date, int startYear)
    {
        Assert.Equal(new SchoolYear(startYear), SchoolYear.Of(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_school_year_reads_and_writes_as_two_consecutive_years()
    {
        Assert.True(SchoolYear.TryParse("2026-2027", out var year));
        Assert.Equal("2026-2027", year.ToString());
        Assert.False(SchoolYear.TryParse("2026-2028", out _));
        Assert.False(SchoolYear.TryParse("2026/2027", out _));
        Assert.False(SchoolYear.TryParse("26-27", out _));
    }

    [Fact]
    public void Age_counts_whole_years_and_the_birthday_itself()
    {
        var pupil = new Person("p", PersonKind.Pupil, "P", BirthDate: new DateOnly(2010, 10, 15));

        Assert.Equal(15, pupil.AgeOn(new DateOnly(2026, 10, 14)));
        Assert.Equal(16, pupil.AgeOn(new DateOnly(2026, 10, 15)));
        Assert.Null((pupil with { BirthDate = null }).AgeOn(new DateOnly(2026, 10, 15)));
    }
}
