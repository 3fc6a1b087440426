namespace Huizermaat.Approval.Mail.Templates;

/// <summary>
/// What one mail says, before rendering. <see cref="InstanceId"/> and <see cref="StepId"/> become the
/// message's custom arguments; <see cref="MailAddress.Name"/> of <see cref="To"/> is used in the greeting.
/// </summary>
public abstract record MailModel(MailAddress To, string InstanceId, string StepId);
