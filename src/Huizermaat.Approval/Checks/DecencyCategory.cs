namespace Huizermaat.Approval.Checks;

/// <summary>What kind of indecent word a decency list holds, each with its severity and message (A.3).</summary>
public enum DecencyCategory
{
    /// <summary>slurs.txt: block.</summary>
    Slur,

    /// <summary>sexual.txt: block.</summary>
    Sexual,

    /// <summary>curses.txt and the disease curses in cursing use: block.</summary>
    Curse,

    /// <summary>insults.txt: block.</summary>
    Insult,

    /// <summary>mild.txt: warn.</summary>
    Mild,
}
