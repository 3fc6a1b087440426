namespace Huizermaat.Approval.Web.Rendering;

/// <summary>A page that only says something: an error, an expired link, a confirmation.</summary>
/// <param name="LinkHref">Where to go on from here, with <paramref name="LinkText"/>; null for no link.</param>
public sealed record Message(
    string Title,
    string Text,
    MessageKind Kind = MessageKind.Info,
    bool ShowNavigation = false,
    string? LinkHref = null,
    string? LinkText = null);

/// <summary>How a message looks: calm (information, done) or alarming (a warning, an error).</summary>
public enum MessageKind
{
    Info,
    Ok,
    Warn,
    Error,
}
