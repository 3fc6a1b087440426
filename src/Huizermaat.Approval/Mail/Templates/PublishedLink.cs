namespace Huizermaat.Approval.Mail.Templates;

public sealed record PublishedLink(string Network, Uri Url);
