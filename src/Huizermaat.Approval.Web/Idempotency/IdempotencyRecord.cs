using Azure;

namespace Huizermaat.Approval.Web.Idempotency;

/// <summary>
/// What one <c>Idempotency-Key</c> of one user did: <see cref="Done"/> false while its first request is under way
/// (since <see cref="StartedAt"/>), then true with what it made.
/// </summary>
/// <param name="Fingerprint">The SHA-256 of the request (route and body), or empty while an upload is still being read.</param>
/// <param name="ResourceId">The draft (or media item) the request makes: chosen when the key is claimed, for a draft.</param>
/// <param name="Revision">For a revision: the revision number it makes.</param>
/// <param name="Detail">What the answer needs beside the id (a media item's kind).</param>
public sealed record IdempotencyRecord(
    string UserId,
    string Key,
    string Fingerprint,
    bool Done,
    string? ResourceId,
    int? Revision,
    string? Detail,
    DateTimeOffset StartedAt,
    ETag ETag);
