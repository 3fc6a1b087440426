namespace Huizermaat.Approval.Checks;

/// <summary>The flags a word list entry may carry after its word (<c>eikel/zn @aimed</c>).</summary>
[Flags]
public enum EntryFlags
{
    None = 0,
    Aimed = 1,
    Proper = 2,
    Identity = 4,
}
