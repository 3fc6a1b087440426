namespace Huizermaat.Approval.ChaosBench;

/// <summary>
/// Every few seconds, opens every link mailed so far (a GET changes nothing) and counts, per draft, step and holder,
/// the links that offer a decision. More than one is a double token; it is confirmed by opening those links again, so
/// that a reminder replacing a link between two reads does not count.
/// </summary>
public sealed class TokenSampler(Watch watch, Uri address)
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(5);

    private readonly Dictionary<(string DraftId, string StepId, string Holder), int> most = [];

    public int Samples { get; private set; }

    /// <summary>The most live links any draft, step and holder had at once.</summary>
    public int MostLive => most.Values.DefaultIfEmpty(0).Max();

    /// <summary>The draft, step and holder that had more than one live link at once.</summary>
    public IReadOnlyList<string> Doubles => [.. most.Where(p => p.Value > 1).Select(p => $"{p.Key.DraftId} {p.Key.StepId} {p.Key.Holder}: {p.Value} live links")];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var anonymous = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Every, cancellationToken);
                await SampleAsync(anonymous, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    public async Task SampleAsync(HttpClient anonymous, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(anonymous);
        var mails = (await watch.MailsAsync(null, cancellationToken)).Where(m => m.Link is not null && m.StepId is not null).ToList();
        var live = new Dictionary<(string, string, string), List<Uri>>();
        foreach (var mail in mails)
        {
            switch (await Users.OffersDecisionAsync(anonymous, mail.Link!, cancellationToken))
            {
                case null:
                    return; // the host is down: no sample
                case true:
                    var key = (mail.DraftId, mail.StepId!, mail.To);
                    (live.TryGetValue(key, out var links) ? links : live[key] = []).Add(mail.Link!);
                    break;
            }
        }

        foreach (var (key, links) in live)
        {
            var count = links.Count;
            if (count > 1)
            {
                count = 0;
                foreach (var link in links)
                {
                    count += await Users.OffersDecisionAsync(anonymous, link, cancellationToken) == true ? 1 : 0;
                }
            }

            most[key] = Math.Max(most.GetValueOrDefault(key), count);
        }

        Samples++;
    }
}
