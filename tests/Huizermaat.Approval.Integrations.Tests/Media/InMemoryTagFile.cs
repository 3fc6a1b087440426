namespace Huizermaat.Approval.Integrations.Tests.Media;

/// <summary>A file held in memory for TagLib#, which reads and writes tags through a <see cref="TagLib.File.IFileAbstraction"/>.</summary>
internal sealed class InMemoryTagFile(string name, byte[] content) : TagLib.File.IFileAbstraction
{
    private readonly MemoryStream stream = CopyOf(content);

    public string Name => name;

    public Stream ReadStream => stream;

    public Stream WriteStream => stream;

    public byte[] Content => stream.ToArray();

    /// <summary>TagLib# closes the stream after every read or save; this one stays open for the next.</summary>
    public void CloseStream(Stream stream) => stream.Position = 0;

    /// <summary>The tag types TagLib# finds in <paramref name="content"/>.</summary>
    public static TagLib.TagTypes TagsOn(byte[] content, string mimeType)
    {
        using var file = TagLib.File.Create(new InMemoryTagFile("read-back", content), mimeType, TagLib.ReadStyle.None);
        return file.TagTypesOnDisk;
    }

    /// <summary>The audio properties TagLib# reads from the first frame or the format chunk of <paramref name="content"/>.</summary>
    public static TagLib.Properties AudioOf(byte[] content, string mimeType)
    {
        using var file = TagLib.File.Create(new InMemoryTagFile("read-back", content), mimeType, TagLib.ReadStyle.Average);
        return file.Properties;
    }

    private static MemoryStream CopyOf(byte[] content)
    {
        var copy = new MemoryStream();
        copy.Write(content);
        copy.Position = 0;
        return copy;
    }
}
