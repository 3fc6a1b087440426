namespace Huizermaat.Approval.Checks;

/// <summary>One line of a word list: the entry as written (folded, without its kind) and its flags.</summary>
public sealed record LexiconEntry(string Text, EntryFlags Flags)
{
    /// <summary>Only when aimed at someone (<c>@aimed</c>): "die eikel", not "eikels rapen".</summary>
    public bool Aimed => Flags.HasFlag(EntryFlags.Aimed);

    /// <summary>Capitalised, it is a name (<c>@proper</c>): "Mongolen", "De Cock".</summary>
    public bool Proper => Flags.HasFlag(EntryFlags.Proper);

    /// <summary>Also names a group neutrally (<c>@identity</c>): a slur only as a term of abuse ("stomme homo",
    /// "wat een homo's", "homo!"), never in "ze zijn homo".</summary>
    public bool Identity => Flags.HasFlag(EntryFlags.Identity);
}
