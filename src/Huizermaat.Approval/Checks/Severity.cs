namespace Huizermaat.Approval.Checks;

/// <summary>How much a finding weighs (see the protocol's article codes).</summary>
public enum Severity
{
    /// <summary>Advice.</summary>
    Info,

    /// <summary>Shown to the author and to every approver, who decide.</summary>
    Warn,

    /// <summary>Stops the draft until the author changes it.</summary>
    Block,
}
