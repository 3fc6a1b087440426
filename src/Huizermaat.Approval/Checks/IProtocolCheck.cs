namespace Huizermaat.Approval.Checks;

/// <summary>One concern of the protocol, citing its article codes.</summary>
public interface IProtocolCheck
{
    IEnumerable<Finding> Check(DraftText draft);
}
