namespace Huizermaat.Approval.People;

/// <summary>One answer in the consent register: for a person, a school year and a category, yes or no.</summary>
public sealed record ConsentEntry(string PersonId, SchoolYear SchoolYear, string Category, bool Granted);
