using System.Globalization;
using Azure.Data.Tables;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Language;
using Huizermaat.Approval.Web.Rendering;
using Huizermaat.Approval.Workflow;
using Huizermaat.Approval.Workflow.Storage;

namespace Huizermaat.Approval.Web.Planning;

/// <summary>
/// The planning from the read model: posts scheduled for a time (stage <c>scheduled</c>; and, marked, posts with a
/// publish time still awaiting approval) and posts published in the last <see cref="PublishedWeeks"/> weeks (stage
/// <c>published</c>, at the first channel's publication), grouped per ISO week on the school's clock.
/// </summary>
public sealed class PlanningReader(WorkflowStorage storage, DraftStateStore states, ChannelStore channels, PostOpenings openings, RosterStore roster, TimeProvider time)
{
    public const int PublishedWeeks = 8;

    public const string Scheduled = "scheduled";
    public const string Waiting = "waiting";
    public const string Published = "published";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <param name="authorId">Only this author's posts; null for every post (an operator).</param>
    public async Task<IReadOnlyList<PlanningWeek>> ReadAsync(string? authorId, CancellationToken cancellationToken)
    {
        var filter = authorId is null
            ? "RowKey eq 'state'"
            : TableClient.CreateQueryFilter($"RowKey eq 'state' and AuthorId eq {authorId}");
        var drafts = new List<DraftState>();
        await foreach (var row in storage.Table(WorkflowStorage.DraftsTable).QueryAsync<TableEntity>(filter, select: ["PartitionKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (await states.GetAsync(row.PartitionKey, cancellationToken).ConfigureAwait(false) is { Stage: ApprovalStages.Scheduled or ApprovalStages.Published or ApprovalStages.AwaitingApprovals } state)
            {
                drafts.Add(state);
            }
        }

        var names = (await roster.LoadAsync(cancellationToken).ConfigureAwait(false)).People.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
        var since = time.GetUtcNow().AddDays(-7 * PublishedWeeks);
        var posts = new List<PlannedPost>();
        foreach (var state in drafts)
        {
            var submission = await openings.SubmissionAsync(state, cancellationToken).ConfigureAwait(false);
            var author = names.GetValueOrDefault(state.AuthorId, Admin.AdminText.Unknown);
            var href = authorId is null ? $"/beheer/berichten/{Uri.EscapeDataString(state.DraftId)}" : $"/berichten/{Uri.EscapeDataString(state.DraftId)}";
            var opening = submission is null ? await openings.OpeningAsync(state, cancellationToken).ConfigureAwait(false) : DutchText.Opening(submission.Draft.Text);
            if (state.Stage == ApprovalStages.Published)
            {
                var online = (await channels.ListAsync(state.DraftId, cancellationToken).ConfigureAwait(false)).Where(c => c.State == ChannelStore.Published).ToList();
                if (online.Count > 0 && online.Min(c => c.At) is var at && at >= since)
                {
                    var online2 = DutchText.List(online.Select(c => ChannelNames.Parse(c.Channel) is { } ch ? DutchText.ChannelName(ch) : c.Channel));
                    posts.Add(new PlannedPost(state.DraftId, opening, at, Published, "Geplaatst", online2, author, href));
                }
            }
            else if (submission?.PublishAt is { } publishAt)
            {
                var scheduled = state.Stage == ApprovalStages.Scheduled;
                posts.Add(new PlannedPost(
                    state.DraftId, opening, publishAt, scheduled ? Scheduled : Waiting, scheduled ? "Ingepland" : "Ingepland, wacht nog op goedkeuring",
                    DutchText.Channels(submission.Draft.Channels), author, href));
            }
        }

        return [.. posts
            .GroupBy(p => Monday(p.When))
            .OrderBy(g => g.Key)
            .Select(g => new PlanningWeek(Heading(g.Key), [.. g.OrderBy(p => p.When)]))];
    }

    /// <summary>The Monday (on the school's clock) of the week <paramref name="at"/> falls in.</summary>
    private static DateOnly Monday(DateTimeOffset at)
    {
        var day = DateOnly.FromDateTime(DutchNames.LocalTime(at).DateTime);
        return day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
    }

    private static string Heading(DateOnly monday)
    {
        var sunday = monday.AddDays(6);
        var week = ISOWeek.GetWeekOfYear(monday.ToDateTime(TimeOnly.MinValue));
        var from = monday.Month == sunday.Month ? monday.Day.ToString(CultureInfo.InvariantCulture) : monday.ToString("d MMMM", Dutch);
        return $"Week {week} · {from} – {sunday.ToString("d MMMM yyyy", Dutch)}";
    }
}
