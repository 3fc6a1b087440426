namespace Huizermaat.Approval.Checks;

/// <summary>
/// The school's own public contact details, which may appear in posts without being personal data
/// (configuration section <c>ProtocolChecks</c>).
/// </summary>
public sealed class ProtocolCheckOptions
{
    public const string SectionName = "ProtocolChecks";

    /// <summary>Public phone numbers of the school, in any notation.</summary>
    public IList<string> PublicPhoneNumbers { get; init; } = [];

    /// <summary>Public e-mail addresses of the school.</summary>
    public IList<string> PublicEmailAddresses { get; init; } = [];

    /// <summary>Local parts of mailboxes that belong to a role, not a person (info@, administratie@ …).</summary>
    public IList<string> RoleMailboxes { get; init; } =
    [
        "info", "contact", "administratie", "secretariaat", "receptie", "communicatie", "mediatheek", "ouderraad",
        "leerlingenraad", "mr", "directie", "roosterbureau", "examensecretariaat", "zorg", "aanmelden", "noreply",
        "no-reply", "press", "pers", "office", "hello", "hallo", "klachten", "privacy", "ict", "helpdesk",
    ];

    /// <summary>Public addresses of the school's buildings and venues ("Schoolstraat 1").</summary>
    public IList<string> PublicAddresses { get; init; } = [];

    /// <summary>The school's own bank accounts (IBAN).</summary>
    public IList<string> PublicIbans { get; init; } = [];
}
