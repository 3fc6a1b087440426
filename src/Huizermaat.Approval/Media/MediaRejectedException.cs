namespace Huizermaat.Approval.Media;

/// <summary>An upload the media pipeline refused; <see cref="DutchMessage"/> is for the person who uploaded it.</summary>
public sealed class MediaRejectedException : Exception
{
    public MediaRejectedException()
    {
    }

    public MediaRejectedException(string message)
        : base(message)
    {
    }

    public MediaRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MediaRejectedException(MediaRejection reason, string message, string dutchMessage, Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
        DutchMessage = dutchMessage;
    }

    public MediaRejection Reason { get; }

    public string DutchMessage { get; } = "Dit bestand kan niet worden geüpload.";
}
