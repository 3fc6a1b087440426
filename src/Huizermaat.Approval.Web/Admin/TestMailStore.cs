using Azure;
using Azure.Data.Tables;
using Huizermaat.Approval.Web.Storage;

namespace Huizermaat.Approval.Web.Admin;

/// <summary>Table <c>DeploymentChecks</c>, row <c>test-mail</c>: the last test mail an operator sent from Beheer.</summary>
public sealed class TestMailStore(WebTables tables)
{
    private const string Partition = "deployment";
    private const string Row = "test-mail";

    public async Task<TestMailRecord?> LastAsync(CancellationToken cancellationToken)
    {
        NullableResponse<TableEntity> row = await tables.Get(WebTables.DeploymentChecksTable)
            .GetEntityIfExistsAsync<TableEntity>(Partition, Row, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row is { HasValue: true, Value: { } entity }
            ? new TestMailRecord(entity.GetString("To") ?? string.Empty, entity.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue, entity.GetString("Problem"))
            : null;
    }

    public Task RecordAsync(TestMailRecord mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        return tables.Get(WebTables.DeploymentChecksTable).UpsertEntityAsync(
            new TableEntity(Partition, Row) { ["To"] = mail.To, ["At"] = mail.At, ["Problem"] = mail.Problem },
            TableUpdateMode.Replace,
            cancellationToken);
    }
}
