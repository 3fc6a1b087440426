namespace Huizermaat.Approval.Drafts;

/// <summary>The input is not a valid draft. The message is English and says what is wrong.</summary>
public sealed class DraftFormatException : Exception
{
    public DraftFormatException()
    {
    }

    public DraftFormatException(string message)
        : base(message)
    {
    }

    public DraftFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
