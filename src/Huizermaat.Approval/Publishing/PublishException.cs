namespace Huizermaat.Approval.Publishing;

/// <summary>A network refused or failed a publication or takedown.</summary>
public sealed class PublishException : Exception
{
    public PublishException()
    {
    }

    public PublishException(string message)
        : base(message)
    {
    }

    public PublishException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PublishException(string message, bool isTransient, TimeSpan? retryAfter = null, Exception? innerException = null)
        : base(message, innerException)
    {
        IsTransient = isTransient;
        RetryAfter = retryAfter;
    }

    /// <summary>Rate limited, a 5xx, media still processing: a later retry may succeed.</summary>
    public bool IsTransient { get; }

    public TimeSpan? RetryAfter { get; }
}
