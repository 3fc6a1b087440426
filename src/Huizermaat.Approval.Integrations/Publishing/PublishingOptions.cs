namespace Huizermaat.Approval.Integrations.Publishing;

/// <summary>What all publishers share, bound from <c>Publishing</c>; each network has its own subsection.</summary>
public sealed class PublishingOptions
{
    public const string SectionName = "Publishing";

    /// <summary>Retries of requests that are safe to repeat (reads, uploads, idempotent posts) after a 429, 5xx or timeout.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First backoff delay (exponential, with jitter); a Retry-After header overrides it.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one request may take: a video upload of 200 MB needs minutes, not the default 100 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(10);
}
