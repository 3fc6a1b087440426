using Huizermaat.Approval.Workflow.Storage;
using Microsoft.DurableTask;

namespace Huizermaat.Approval.Workflow.Activities;

/// <summary>Writes a draft's new stage to the read model (unless a newer one is there) and the audit trail.</summary>
public sealed class RecordStage(DraftStateStore states, AuditLog audit) : TaskActivity<StageChange, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, StageChange input)
    {
        ArgumentNullException.ThrowIfNull(input);
        // Run again late (its host killed before its work item was done), it leaves a newer stage as it is.
        var current = await states.GetAsync(input.DraftId, CancellationToken.None);
        await states.SaveUnlessNewerAsync(
            new DraftState(
                input.DraftId,
                current?.AuthorId ?? string.Empty,
                input.Revision,
                input.Stage,
                input.At,
                current?.Findings ?? [],
                input.PendingStepIds,
                input.Detail)
            {
                Actor = input.Actor,
                Comment = input.Comment,
                PersonIds = input.PersonIds ?? [],
                RecordedAt = input.At,
            },
            CancellationToken.None);
        await audit.AppendAsync(
            input.DraftId,
            new AuditEntry($"stage-{input.Revision}-{input.Stage}-{input.At.UtcTicks}", input.At, input.Actor, $"stage:{input.Stage}", input.Detail)
            {
                Facts = new Dictionary<string, string>
                {
                    [AuditFacts.Revision] = input.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    [AuditFacts.Pending] = string.Join(' ', input.PendingStepIds),
                    [AuditFacts.Comment] = input.Comment ?? string.Empty,
                    [AuditFacts.People] = string.Join(' ', input.PersonIds ?? []),
                    [AuditFacts.Problems] = string.Join(' ', (input.Problems ?? []).Select(p => $"{p.Kind}:{p.PersonId}")),
                },
            },
            CancellationToken.None);
        return true;
    }
}
