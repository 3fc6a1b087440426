using System.Collections.Concurrent;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Media;

namespace Huizermaat.Approval.Integrations.Tests;

/// <summary>A fake of our own media store port, for the publishers' tests (the Blob store has its own tests on Azurite).</summary>
internal sealed class InMemoryMediaStore : IMediaStore
{
    private readonly ConcurrentDictionary<string, (StoredMedia Info, byte[] Bytes)> _items = new();

    public void Add(string mediaId, string contentType, byte[] bytes, MediaKind kind = MediaKind.Photo) =>
        _items[mediaId] = (new StoredMedia(mediaId, kind, contentType, bytes.Length), bytes);

    public Task SaveAsync(StoredMedia media, Stream content, ReadOnlyMemory<byte>? thumbnail, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        _items[media.MediaId] = (media, buffer.ToArray());
        return Task.CompletedTask;
    }

    public Task<Stream> OpenReadAsync(string mediaId, CancellationToken cancellationToken) =>
        Task.FromResult<Stream>(new MemoryStream(Get(mediaId).Bytes));

    public Task<StoredMedia> GetInfoAsync(string mediaId, CancellationToken cancellationToken) => Task.FromResult(Get(mediaId).Info);

    public Task<Stream?> OpenThumbnailAsync(string mediaId, CancellationToken cancellationToken) => Task.FromResult<Stream?>(null);

    public Task<Uri> GetReadUriAsync(string mediaId, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        Get(mediaId);
        return Task.FromResult(new Uri($"https://media.example/{mediaId}?sig=short-lived"));
    }

    public Task DeleteAsync(string mediaId, CancellationToken cancellationToken)
    {
        _items.TryRemove(mediaId, out _);
        return Task.CompletedTask;
    }

    private (StoredMedia Info, byte[] Bytes) Get(string mediaId) =>
        _items.TryGetValue(mediaId, out var item) ? item : throw new MediaNotFoundException($"No media {mediaId}.");
}
