namespace Huizermaat.Approval.Media;

/// <summary>Port: the private store of uploaded media (Blob Storage), by id.</summary>
public interface IMediaStore
{
    Task<Stream> OpenReadAsync(string mediaId, CancellationToken cancellationToken);
}
