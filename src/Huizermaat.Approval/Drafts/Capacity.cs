namespace Huizermaat.Approval.Drafts;

/// <summary>Whether the author posts on behalf of Huizermaat or in a personal capacity (protocol B.2).</summary>
public enum Capacity
{
    Official,
    Personal,
}
