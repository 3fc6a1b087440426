namespace Huizermaat.Approval.Media;

public sealed class MediaNotFoundException : Exception
{
    public MediaNotFoundException()
    {
    }

    public MediaNotFoundException(string message)
        : base(message)
    {
    }

    public MediaNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
