using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huizermaat.Approval.Faces;
using Huizermaat.Approval.Integrations.Media.Faces;
using Huizermaat.Approval.Media;
using Huizermaat.Approval.Testing;
using ImageMagick;
using Microsoft.Extensions.DependencyInjection;

namespace Huizermaat.Approval.Web.Tests;

/// <summary>
/// A.5 on the pixels through the HTTP API of the real local host on Azurite: an upload answers the faces it found, a
/// draft must account for them, and a face marked "vervagen" is unrecognisable in what the parent sees and in what the
/// development sink published.
/// </summary>
public sealed class FacesApiTests(FlowHost host) : IClassFixture<FlowHost>
{
    private static readonly GroupPhoto Six = GroupPhotos.Compose(1600, 1200, 3, 2, 0.06);

    private static async Task<JsonElement> UploadAsync(HttpClient client, GroupPhoto photo)
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(photo.Jpeg);
        file.Headers.ContentType = new("image/jpeg");
        content.Add(file, "file", "klas.jpg");
        using var response = await client.PostAsync(new Uri("api/media", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The draft for one photo showing the pupil, with the faces as the upload answered them and the given choices.</summary>
    private static object Draft(JsonElement upload, params object?[] choices)
    {
        var faces = upload.GetProperty("faces").EnumerateArray().Select((f, i) =>
        {
            var choice = i < choices.Length ? choices[i] : null;
            return new
            {
                x = f.GetProperty("x").GetDouble(),
                y = f.GetProperty("y").GetDouble(),
                width = f.GetProperty("width").GetDouble(),
                height = f.GetProperty("height").GetDouble(),
                confidence = f.GetProperty("confidence").GetDouble(),
                assignment = choice is null ? null : choice as string == "blur" ? "blur" : choice as string == "unrecognisable" ? "unrecognisable" : "person",
                person = choice is string id && id is not "blur" and not "unrecognisable" ? id : null,
            };
        }).ToArray();
        return new
        {
            text = FlowClient.CleanText,
            capacity = "official",
            channels = new[] { "facebook" },
            acknowledgedPermanence = true,
            media = new[] { new { kind = "photo", fileName = "klas.jpg", people = new[] { FlowPeople.PupilId }, noIdentifiablePeople = false, ownWork = true, faces } },
            mediaIds = new[] { upload.GetProperty("id").GetString() },
        };
    }

    private async Task<MagickImage> ReadAsync(string mediaId)
    {
        await using var content = await host.App.Services.GetRequiredService<IMediaStore>().OpenReadAsync(mediaId, CancellationToken.None);
        return new MagickImage(content);
    }

    private static FaceBox Box(JsonElement face) =>
        new(face.GetProperty("x").GetDouble(), face.GetProperty("y").GetDouble(), face.GetProperty("width").GetDouble(), face.GetProperty("height").GetDouble(), face.GetProperty("confidence").GetDouble());

    [Fact]
    public async Task An_uploaded_group_photo_answers_its_face_boxes_to_its_uploader_only()
    {
        using var anna = await host.ClientAsync(FlowPeople.AuthorEmail);
        using var bram = await host.ClientAsync(FlowPeople.OtherAuthorEmail);

        var upload = await UploadAsync(anna, GroupPhotos.Compose(1600, 1200, 3, 2, 0.06));
        var id = upload.GetProperty("id").GetString();
        var again = await anna.GetFromJsonAsync<JsonElement>(new Uri($"api/media/{id}", UriKind.Relative));
        using var other = await bram.GetAsync(new Uri($"api/media/{id}", UriKind.Relative));

        Assert.Equal(6, upload.GetProperty("faces").GetArrayLength());
        Assert.All(upload.GetProperty("faces").EnumerateArray(), f => Assert.InRange(f.GetProperty("confidence").GetDouble(), 0.6, 1));
        Assert.Equal(upload.GetProperty("faces").ToString(), again.GetProperty("faces").ToString());
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task A_draft_with_faces_nobody_accounts_for_gets_the_A5_finding()
    {
        using var client = await host.ClientAsync(FlowPeople.AuthorEmail);
        var upload = await UploadAsync(client, GroupPhotos.Compose(1600, 1200, 3, 1, 0.08));

        using var response = await client.PostAsJsonAsync(new Uri("api/drafts", UriKind.Relative), Draft(upload, FlowPeople.PupilId));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("needs-changes", body.GetProperty("state").GetString());
        var finding = Assert.Single(body.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "A.5");
        Assert.Equal("Foto 'klas.jpg': op deze foto staan 3 gezichten; je noemt 1 persoon. Wijs elk gezicht toe of laat het vervagen.", finding.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Faces_that_are_not_the_uploads_are_refused_in_Dutch()
    {
        using var client = await host.ClientAsync(FlowPeople.AuthorEmail);
        var upload = await UploadAsync(client, Six);
        var moved = JsonSerializer.Deserialize<JsonElement>(JsonSerializer.Serialize(Draft(upload, FlowPeople.PupilId, "blur")).Replace("\"x\":0.", "\"x\":0.0", StringComparison.Ordinal));

        using var response = await client.PostAsJsonAsync(new Uri("api/drafts", UriKind.Relative), moved);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is not the face the upload found there", body.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("De gezichten op een foto kloppen niet met de upload. Laad de pagina opnieuw en probeer het nog eens.", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_face_marked_vervagen_is_unrecognisable_on_the_parents_page_and_in_what_was_published()
    {
        using var client = await host.ClientAsync(FlowPeople.AuthorEmail);
        var upload = await UploadAsync(client, Six);
        var uploadId = upload.GetProperty("id").GetString()!;
        var faces = upload.GetProperty("faces").EnumerateArray().Select(Box).ToList();
        Assert.Equal(6, faces.Count);

        var draftId = await FlowClient.SubmitAsync(client, Draft(upload, FlowPeople.PupilId, "blur", "unrecognisable", "unrecognisable", "unrecognisable", "unrecognisable"));
        await FlowClient.WaitForStateAsync(client, draftId, "awaiting-approvals");
        var parentLink = await FlowClient.MailedLinkAsync(client, draftId, FlowPeople.ParentEmail);
        var managerLink = await FlowClient.MailedLinkAsync(client, draftId, FlowPeople.ManagerEmail);
        var view = await client.GetFromJsonAsync<JsonElement>(new Uri($"api/drafts/{draftId}", UriKind.Relative));
        var item = view.GetProperty("draft").GetProperty("media")[0];
        var shownId = item.GetProperty("shownId").GetString()!;

        // The author revises with the upload; everyone else sees the copy.
        Assert.Equal(uploadId, item.GetProperty("id").GetString());
        Assert.NotEqual(uploadId, shownId);
        Assert.Equal(["person", "blur", "unrecognisable", "unrecognisable", "unrecognisable", "unrecognisable"], item.GetProperty("faces").EnumerateArray().Select(f => f.GetProperty("assignment").GetString()));
        using var parent = await host.ClientAsync();
        var page = await parent.GetStringAsync(parentLink);
        Assert.Contains($"/media/{shownId}", page, StringComparison.Ordinal);
        Assert.DoesNotContain(uploadId, page, StringComparison.Ordinal);
        Assert.Contains($"{FlowPeople.PupilName} staat hierop (geel omlijnd)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("gevonden gezichten", page, StringComparison.Ordinal);
        using var forUpload = await parent.GetAsync(new Uri($"{parentLink.AbsolutePath}/media/{uploadId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, forUpload.StatusCode);

        using var original = await ReadAsync(uploadId);
        using var parentsThumbnail = new MagickImage(await parent.GetByteArrayAsync(new Uri($"{parentLink.AbsolutePath}/media/{shownId}", UriKind.Relative)));
        using var authorsThumbnail = new MagickImage(await client.GetByteArrayAsync(new Uri($"api/media/{uploadId}/thumbnail", UriKind.Relative)));
        var thumbnailRegion = FaceBlur.Region(faces[1], parentsThumbnail.Width, parentsThumbnail.Height);
        Assert.True(ImageRegions.Detail(parentsThumbnail, thumbnailRegion) < ImageRegions.Detail(authorsThumbnail, thumbnailRegion) * 0.2);

        // The parent's page frames their child's face (the pupil is face 1); the manager's does not.
        var frame = parentsThumbnail.GetPixels().GetPixel((int)((faces[0].X - (faces[0].Width * 0.15)) * parentsThumbnail.Width), (int)((faces[0].Y + (faces[0].Height / 2)) * parentsThumbnail.Height)).ToColor()!;
        Assert.True(frame.R > 200 && frame.G > 180 && frame.B < 90, $"the frame's pixel is {frame}");
        using var manager = await host.ClientAsync();
        // "geen herkenbaar gezicht" is the author's word, shown to the manager who judges it.
        Assert.Contains("de auteur heeft 4 gevonden gezichten gemarkeerd als", await manager.GetStringAsync(managerLink), StringComparison.Ordinal);
        using var managersThumbnail = new MagickImage(await manager.GetByteArrayAsync(new Uri($"{managerLink.AbsolutePath}/media/{shownId}", UriKind.Relative)));
        Assert.True(ImageRegions.Difference(managersThumbnail, parentsThumbnail, FaceBlur.Region(faces[1], managersThumbnail.Width, managersThumbnail.Height)) < 3);

        using (await FlowClient.PressAsync(manager, managerLink, "approve"))
        using (await FlowClient.PressAsync(parent, parentLink, "approve"))
        {
        }

        await FlowClient.WaitForStateAsync(client, draftId, "published");
        var published = await client.GetFromJsonAsync<JsonElement>(new Uri("api/dev/published", UriKind.Relative));
        var post = Assert.Single(published.GetProperty("facebook").EnumerateArray(), p => p.GetProperty("draftId").GetString() == draftId);
        var publishedId = Assert.Single(post.GetProperty("media").EnumerateArray()).GetProperty("mediaId").GetString()!;
        Assert.Equal(shownId, publishedId);
        using var copy = await ReadAsync(publishedId);
        var region = FaceBlur.Region(faces[1], original.Width, original.Height);
        var before = ImageRegions.Detail(original, region);
        var after = ImageRegions.Detail(copy, region);
        Assert.True(after < before * 0.1, $"detail of the blurred face: {after:F2}, before {before:F2}");
        Assert.True(ImageRegions.Difference(original, copy, FaceBlur.Region(faces[0], original.Width, original.Height)) < 3);
        Assert.DoesNotContain(TestFacesInWeb.Detector.Detect(copy, CancellationToken.None), f => GroupPhotos.Matches(faces[1], f));
    }
}

/// <summary>The face detector as the host has it.</summary>
internal static class TestFacesInWeb
{
    public static readonly FaceDetector Detector = new(Microsoft.Extensions.Options.Options.Create(new FaceDetectionOptions()));
}
