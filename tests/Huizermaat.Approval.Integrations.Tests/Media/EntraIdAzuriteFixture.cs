using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;

namespace Huizermaat.Approval.Integrations.Tests.Media;

/// <summary>
/// Azurite as the app meets Azure Storage in Azure: over HTTPS (a self-signed certificate made for the test)
/// with Microsoft Entra ID (OAuth bearer tokens, checked for issuer, audience and lifetime) and no account key on the
/// client side, so that SAS addresses must be signed with a user delegation key.
/// </summary>
public sealed class EntraIdAzuriteFixture : Huizermaat.Approval.Testing.AzuriteFixture
{
    private X509Certificate2? certificate;

    protected override string Scheme => "https";

    protected override IEnumerable<string> ExtraArguments =>
        ["--oauth", "basic", "--cert", Path.Combine(Location, "cert.pem"), "--key", Path.Combine(Location, "key.pem")];

    public override async Task InitializeAsync()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        Directory.CreateDirectory(Location);
        await File.WriteAllTextAsync(Path.Combine(Location, "cert.pem"), certificate.ExportCertificatePem());
        await File.WriteAllTextAsync(Path.Combine(Location, "key.pem"), key.ExportPkcs8PrivateKeyPem());
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        certificate?.Dispose();
        await base.DisposeAsync();
    }

    /// <summary>A client with a managed identity's kind of credential: a bearer token, no account key.</summary>
    public BlobServiceClient EntraIdClient(TokenCredential credential) =>
        new(BlobEndpoint, credential, new BlobClientOptions { Transport = new HttpClientTransport(TrustingHandler()) });

    /// <summary>An HTTP client without credentials that trusts this Azurite's certificate (and no other).</summary>
    public HttpClient AnonymousClient() => new(TrustingHandler());

    private HttpClientHandler TrustingHandler() => new()
    {
        ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == certificate!.Thumbprint,
    };
}
