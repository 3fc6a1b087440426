namespace Huizermaat.Approval.Checks;

/// <summary>Builds the protocol's full set of checks.</summary>
public static class ProtocolChecks
{
    public static IReadOnlyList<IProtocolCheck> All(ProtocolCheckOptions options, ProtocolLexicon lexicon) =>
    [
        new CapacityCheck(),
        new PermanenceCheck(),
        new PhoneNumberCheck(options),
        new EmailAddressCheck(options),
        new BsnCheck(),
        new IbanCheck(options, lexicon),
        new HomeAddressCheck(options, lexicon),
        new DateOfBirthCheck(),
        new SensitiveTopicCheck(lexicon),
        new ConfidentialityCheck(lexicon),
        new DecencyCheck(lexicon),
        new MentionsCheck(),
        new InternalMattersCheck(lexicon),
        new PeopleInMediaCheck(),
        new CopyrightCheck(),
        new PersonalPostCheck(lexicon),
        new ChannelLimitsCheck(),
    ];

    /// <summary>
    /// A checker with every check, the given (or default) options and word lists (default: the embedded ones), and any
    /// further checks a host adds.
    /// </summary>
    public static ProtocolChecker CreateChecker(
        ProtocolCheckOptions? options = null, ProtocolLexicon? lexicon = null, IEnumerable<IProtocolCheck>? extraChecks = null) =>
        new([.. All(options ?? new ProtocolCheckOptions(), lexicon ?? ProtocolLexicon.LoadEmbedded()), .. extraChecks ?? []]);
}
