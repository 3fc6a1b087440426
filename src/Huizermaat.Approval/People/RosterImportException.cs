namespace Huizermaat.Approval.People;

/// <summary>A roster file with errors: nothing of it is imported. <see cref="Errors"/> names every bad row.</summary>
public sealed class RosterImportException : Exception
{
    public RosterImportException()
        : this([])
    {
    }

    public RosterImportException(string message)
        : base(message)
    {
        Errors = [];
    }

    public RosterImportException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public RosterImportException(IReadOnlyList<RosterImportError> errors)
        : base($"The roster file has {errors.Count} error(s); nothing was imported.{Environment.NewLine}{string.Join(Environment.NewLine, errors)}")
    {
        Errors = errors;
    }

    public IReadOnlyList<RosterImportError> Errors { get; }
}
