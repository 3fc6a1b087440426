using Azure.Data.Tables;
using Huizermaat.Approval.Workflow.Storage;

namespace Huizermaat.Approval.Web.Storage;

/// <summary>
/// The web app's own tables beside the workflow's read model: <c>MediaUploads</c> (who uploaded which media item),
/// <c>LinkUses</c> (which e-mail links were used, for what), <c>HandledFailures</c> (failures an operator marked
/// handled), <c>UndeliveredMails</c> (mails SendGrid reported bounced or dropped), <c>StaffAccounts</c> (which
/// Entra account is which member of staff), <c>DeploymentChecks</c> (the last test mail sent from Beheer) and
/// <c>IdempotencyKeys</c> (what each submission's <c>Idempotency-Key</c> made). The hosts create them at start (and
/// the infrastructure declares them).
/// </summary>
public sealed class WebTables(WorkflowStorage storage)
{
    public const string MediaUploadsTable = "MediaUploads";
    public const string LinkUsesTable = "LinkUses";
    public const string HandledFailuresTable = "HandledFailures";
    public const string UndeliveredMailsTable = "UndeliveredMails";
    public const string StaffAccountsTable = "StaffAccounts";
    public const string DeploymentChecksTable = "DeploymentChecks";
    public const string IdempotencyKeysTable = "IdempotencyKeys";

    public static IReadOnlyList<string> Tables { get; } =
        [MediaUploadsTable, LinkUsesTable, HandledFailuresTable, UndeliveredMailsTable, StaffAccountsTable, DeploymentChecksTable, IdempotencyKeysTable];

    public TableClient Get(string name) => storage.Table(name);
}
