namespace Huizermaat.Approval.Integrations.Mail;

/// <summary>Settings of the SendGrid sender, bound from the <c>SendGrid</c> configuration section.</summary>
public sealed class SendGridOptions
{
    public const string SectionName = "SendGrid";

    /// <summary>An API key with the "Mail Send" permission. Without one, mail goes to the development mailbox.</summary>
    public string? ApiKey { get; set; }

    /// <summary>A verified sender (single sender or an authenticated domain) in SendGrid.</summary>
    public string? FromEmail { get; set; }

    public string? FromName { get; set; }

    /// <summary>SendGrid validates the request and answers 200 but delivers nothing (staging).</summary>
    public bool SandboxMode { get; set; }

    /// <summary>The API's base address; tests point it at a local fake.</summary>
    public Uri BaseUrl { get; set; } = new("https://api.sendgrid.com");

    /// <summary>Retries after a 429 or 5xx; a Retry-After header overrides the backoff delay.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>First backoff delay (exponential, with jitter).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The Signed Event Webhook's verification key (base64, as SendGrid shows it under Mail Settings → Event Webhook
    /// → Signature Verification). Without it, event posts are refused.
    /// </summary>
    public string? WebhookVerificationKey { get; set; }

    /// <summary>How old an event post's timestamp may be (refuses replays of captured posts).</summary>
    public TimeSpan WebhookMaxAge { get; set; } = TimeSpan.FromMinutes(10);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ApiKey);
}
