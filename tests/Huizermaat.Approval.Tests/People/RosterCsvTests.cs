using System.Reflection;
using Huizermaat.Approval.People;

namespace Huizermaat.Approval.Tests.People;

public sealed class RosterCsvTests
{
    private const string Header = "id;kind;name;email;birthDate;class;managerId;deputyId;guardianIds;schoolYear;socialMedia;website;schoolgids";
    private const string Manager = "m.jansen;staff;Mieke Jansen;m.jansen@school.example;;;;;;;;;";
    private const string Guardian = "g.anna;guardian;Anna Visser;anna@ouders.example;;;;;;;;;";

    private static Roster Parse(params string[] lines) => RosterCsv.Parse(new StringReader(string.Join("\n", lines)));

    private static IReadOnlyList<RosterImportError> Errors(params string[] lines) =>
        Assert.Throws<RosterImportException>(() => Parse(lines)).Errors;

    [Fact]
    public void The_shipped_demo_roster_is_valid()
    {
        var root = typeof(RosterCsvTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
        using var reader = File.OpenText(Path.Combine(root, "src", "Huizermaat.Approval.Hosting", "DemoData", "demo-roster.csv"));

        var roster = RosterCsv.Parse(reader);

        Assert.Equal(16, roster.People.Count);
        Assert.Equal(["g.visser.anna", "g.visser.bram"], roster.Find("l.visser")!.Guardians);
        Assert.False(roster.Consent("j.dekker", new SchoolYear(2026), ConsentCategories.SocialMedia));
        Assert.Equal("Kees de Jong, gastspreker", roster.Find("k.dejong")!.Name);
    }

    [Fact]
    public void Reads_people_consents_and_references()
    {
        var roster = Parse(
            Header,
            Manager,
            "t.devries;staff;Tom de Vries;t@school.example;;;m.jansen;;;2026-2027;ja;nee;",
            "p.sanne;pupil;Sanne;;2014-03-01;1B;;;g.anna;2026-2027;nee;;",
            Guardian);

        Assert.Equal("m.jansen", roster.Find("t.devries")!.ManagerId);
        Assert.Equal(new DateOnly(2014, 3, 1), roster.Find("p.sanne")!.BirthDate);
        Assert.True(roster.Consent("t.devries", new SchoolYear(2026), ConsentCategories.SocialMedia));
        Assert.False(roster.Consent("t.devries", new SchoolYear(2026), ConsentCategories.Website));
        Assert.Null(roster.Consent("t.devries", new SchoolYear(2026), ConsentCategories.Schoolgids));
        Assert.False(roster.Consent("p.sanne", new SchoolYear(2026), ConsentCategories.SocialMedia));
    }

    [Fact]
    public void Accepts_commas_quotes_and_columns_in_any_order()
    {
        var roster = Parse("name,id,kind,email", "\"Visser, Anna \"\"Ans\"\"\",g.anna,guardian,anna@ouders.example", "", "Mieke,m.jansen,staff,m@school.example");

        Assert.Equal("Visser, Anna \"Ans\"", roster.Find("g.anna")!.Name);
        Assert.Equal(2, roster.People.Count);
    }

    [Fact]
    public void Names_every_bad_row_and_imports_nothing()
    {
        var errors = Errors(
            Header,
            Manager,
            "x/1;staff;Bad Id;x@school.example;;;;;;;;;",
            "p.1;teacher;Wrong Kind;;;;;;;;;;",
            "p.2;pupil;;;2012-01-01;;;;;;;;",
            "p.3;staff;No Mail;;;;;;;;;;",
            "p.4;staff;Bad Mail;p4@;;;;;;;;;",
            "p.5;pupil;No Birth;;;;;;;;;;",
            "p.6;pupil;Bad Birth;;01-02-2012;;;;;;;;",
            "p.7;pupil;Unknown Guardian;;2012-01-01;;;;g.nobody;;;;",
            "p.8;staff;Unknown Manager;p8@school.example;;;m.nobody;;;;;;",
            "p.9;staff;Guardian As Deputy;p9@school.example;;;m.jansen;g.anna;;;;;",
            Guardian,
            "p.10;pupil;Bad Year;;2012-01-01;;;;;2026/2027;ja;;",
            "p.11;pupil;Bad Consent;;2012-01-01;;;;;2026-2027;misschien;;",
            "p.12;pupil;No Year;;2012-01-01;;;;;;ja;;",
            "p.13;pupil;Too Few Fields;;2012-01-01",
            "m.jansen;staff;Twice;m2@school.example;;;;;;;;;",
            "g.anna;guardian;Has Manager;a@ouders.example;;;m.jansen;;;;;;",
            "p.14;staff;Has Guardians;p14@school.example;;;;;g.anna;;;;");

        Assert.Equal(
            [
                (3, "id \"x/1\""), (4, "kind \"teacher\""), (5, "name is empty"), (6, "a staff needs an email"),
                (7, "email \"p4@\""), (8, "a pupil needs a birthDate"), (9, "birthDate \"01-02-2012\""),
                (10, "guardianIds \"g.nobody\""), (11, "managerId \"m.nobody\""), (12, "deputyId \"g.anna\""),
                (14, "schoolYear \"2026/2027\""), (15, "socialMedia \"misschien\""), (16, "socialMedia is given without a schoolYear"),
                (17, "has 5 fields"), (18, "id \"m.jansen\" appears more than once"), (19, "only staff have a managerId"),
                (20, "only a pupil has guardianIds"),
            ],
            errors.Select(e => (e.Line, Prefix: Expected(e.Message))));
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.DutchMessage) || e.DutchMessage == e.Message, $"line {e.Line} has no Dutch message: {e.DutchMessage}"));

        static string Expected(string message) => message switch
        {
            _ when message.StartsWith("id \"x/1\"", StringComparison.Ordinal) => "id \"x/1\"",
            _ when message.StartsWith("kind", StringComparison.Ordinal) => "kind \"teacher\"",
            _ when message.StartsWith("email", StringComparison.Ordinal) => "email \"p4@\"",
            _ when message.StartsWith("birthDate", StringComparison.Ordinal) => "birthDate \"01-02-2012\"",
            _ when message.StartsWith("guardianIds", StringComparison.Ordinal) => "guardianIds \"g.nobody\"",
            _ when message.StartsWith("managerId", StringComparison.Ordinal) => "managerId \"m.nobody\"",
            _ when message.StartsWith("deputyId", StringComparison.Ordinal) => "deputyId \"g.anna\"",
            _ when message.StartsWith("schoolYear", StringComparison.Ordinal) => "schoolYear \"2026/2027\"",
            _ when message.StartsWith("socialMedia \"", StringComparison.Ordinal) => "socialMedia \"misschien\"",
            _ when message.StartsWith("has 5 fields", StringComparison.Ordinal) => "has 5 fields",
            _ when message.StartsWith("only staff", StringComparison.Ordinal) => "only staff have a managerId",
            _ => message,
        };
    }

    [Fact]
    public void A_guardian_refused_for_their_own_bad_email_is_reported_on_their_line_not_on_the_pupils()
    {
        var errors = Errors(
            Header,
            "p.sanne;pupil;Sanne;;2014-03-01;1B;;;g.anna g.bram;;;;",
            "g.anna;guardian;Anna Visser;anna@ouders;;;;;;;;;",
            "g.bram;guardian;Bram Visser;bram@ouders.example;;;;;;;;;");

        var error = Assert.Single(errors);
        Assert.Equal(3, error.Line);
        Assert.Equal("email \"anna@ouders\" is geen e-mailadres", error.DutchMessage);
    }

    [Fact]
    public void A_reference_to_a_refused_row_of_another_kind_is_still_reported_on_the_referring_line()
    {
        var errors = Errors(
            Header,
            "t.devries;staff;Tom de Vries;t@school.example;;;p.sanne;;;;;;",
            "p.sanne;pupil;Sanne;;geen datum;1B;;;;;;;");

        Assert.Equal([(2, "managerId \"p.sanne\" is geen medewerker in dit bestand"), (3, "birthDate \"geen datum\" is geen datum zoals 2012-03-01")],
            errors.Select(e => (e.Line, e.DutchMessage)));
    }

    [Fact]
    public void Rejects_a_header_with_unknown_or_missing_columns()
    {
        var errors = Errors("id;naam;kind;emial", "a;b;pupil;x");

        Assert.Equal(
            ["missing column(s): name", "unknown column(s): naam, emial (expected: id, kind, name, email, birthDate, class, managerId, deputyId, guardianIds, schoolYear, socialMedia, website, schoolgids)"],
            errors.Select(e => e.Message));
    }

    [Fact]
    public void Rejects_an_empty_file_and_an_unclosed_quote()
    {
        Assert.Equal(1, Assert.Single(Errors("")).Line);
        Assert.Contains("not closed", Assert.Single(Errors("id;kind;name", "a;pupil;\"Open")).Message, StringComparison.Ordinal);
    }
}
