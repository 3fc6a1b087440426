using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Huizermaat.Approval.Testing;
using Huizermaat.Approval.Workflow.Storage;

namespace Huizermaat.Approval.Workflow.Tests.Storage;

public sealed class RosterStoreTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Single_people_are_found_by_id_whatever_their_kind()
    {
        var storage = new WorkflowStorage(new TableServiceClient(azurite.ConnectionString), new BlobServiceClient(azurite.ConnectionString));
        await storage.EnsureCreatedAsync(CancellationToken.None);
        var roster = new RosterStore(storage);
        await roster.SaveAsync(WorkflowPeople.Roster, CancellationToken.None);

        var anna = await roster.FindAsync(WorkflowPeople.Anna.Id, CancellationToken.None);
        Assert.Equal((WorkflowPeople.Anna.Kind, WorkflowPeople.Anna.Name, WorkflowPeople.Anna.Email), (anna!.Kind, anna.Name, anna.Email));
        Assert.Null(await roster.FindAsync("niemand", CancellationToken.None));
        var found = await roster.FindAllAsync([WorkflowPeople.Author.Id, WorkflowPeople.Sanne.Id, "niemand", WorkflowPeople.Author.Id], CancellationToken.None);
        Assert.Equal([WorkflowPeople.Sanne.Id, WorkflowPeople.Author.Id], found.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(WorkflowPeople.Sanne.Guardians, found[WorkflowPeople.Sanne.Id].Guardians);
    }
}
