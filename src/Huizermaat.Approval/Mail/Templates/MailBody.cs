using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Huizermaat.Approval.Mail.Templates;

/// <summary>
/// Builds one mail's HTML and plain-text bodies side by side from blocks of plain text. Every value is
/// HTML-encoded here, in one place; templates never write markup.
/// </summary>
internal sealed class MailBody
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _html = new();
    private readonly StringBuilder _text = new();

    public MailBody Paragraph(string text)
    {
        _html.Append("<p style=\"margin:0 0 16px\">").Append(Encode(text)).Append("</p>\n");
        _text.Append(text).Append("\n\n");
        return this;
    }

    /// <summary>The post's text, quoted as written (line breaks kept).</summary>
    public MailBody Quote(string text)
    {
        _html.Append("<blockquote style=\"margin:0 0 16px;padding:8px 12px;border-left:4px solid #ccc;white-space:pre-wrap\">")
            .Append(Encode(text))
            .Append("</blockquote>\n");
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            _text.Append("> ").Append(line).Append('\n');
        }

        _text.Append('\n');
        return this;
    }

    public MailBody List(IEnumerable<string> items)
    {
        _html.Append("<ul style=\"margin:0 0 16px\">");
        foreach (var item in items)
        {
            _html.Append("<li>").Append(Encode(item)).Append("</li>");
            _text.Append("- ").Append(item).Append('\n');
        }

        _html.Append("</ul>\n");
        _text.Append('\n');
        return this;
    }

    public MailBody Links(IEnumerable<PublishedLink> links)
    {
        _html.Append("<ul style=\"margin:0 0 16px\">");
        foreach (var link in links)
        {
            var url = SafeUrl(link.Url);
            _html.Append("<li>").Append(Encode(link.Network)).Append(": <a href=\"").Append(Encode(url)).Append("\">")
                .Append(Encode(url)).Append("</a></li>");
            _text.Append("- ").Append(link.Network).Append(": ").Append(url).Append('\n');
        }

        _html.Append("</ul>\n");
        _text.Append('\n');
        return this;
    }

    public MailBody Button(string label, Uri url)
    {
        var href = SafeUrl(url);
        _html.Append("<p style=\"margin:0 0 16px\"><a href=\"").Append(Encode(href))
            .Append("\" style=\"display:inline-block;padding:10px 16px;background:#1f5f8b;color:#fff;text-decoration:none;border-radius:4px\">")
            .Append(Encode(label)).Append("</a></p>\n");
        _text.Append(label).Append(":\n").Append(href).Append("\n\n");
        return this;
    }

    /// <summary>Thumbnails referenced as <c>cid:</c> images; the plain text names them instead.</summary>
    public MailBody Images(IReadOnlyList<MailInlineImage> images)
    {
        _html.Append("<p style=\"margin:0 0 16px\">");
        foreach (var image in images)
        {
            _html.Append("<img src=\"cid:").Append(Encode(image.ContentId)).Append("\" alt=\"").Append(Encode(image.FileName))
                .Append("\" style=\"max-width:240px;max-height:240px;margin:0 8px 8px 0\">");
        }

        _html.Append("</p>\n");
        _text.Append(string.Create(CultureInfo.InvariantCulture, $"(Bijgevoegd: {images.Count} {(images.Count == 1 ? "foto" : "foto's")}: "))
            .Append(string.Join(", ", images.Select(i => i.FileName))).Append(")\n\n");
        return this;
    }

    public (string Html, string Text) Render(string subject)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"><title>")
            .Append(Encode(subject))
            .Append("</title></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#222;max-width:640px\">\n")
            .Append(_html)
            .Append("<p style=\"margin:24px 0 0;font-size:12px;color:#666\">Dit bericht is automatisch verstuurd door de goedkeuringsdienst voor sociale media van Huizermaat. Beantwoorden is niet nodig.</p>\n")
            .Append("</body></html>\n");
        var text = _text.Append("--\nDit bericht is automatisch verstuurd door de goedkeuringsdienst voor sociale media van Huizermaat. Beantwoorden is niet nodig.\n");
        return (html.ToString(), text.ToString());
    }

    private static string Encode(string value) => Encoder.Encode(value);

    private static string SafeUrl(Uri url) =>
        url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            ? url.AbsoluteUri
            : throw new ArgumentException($"Only absolute http(s) links may appear in a mail, not '{url}'.", nameof(url));
}
