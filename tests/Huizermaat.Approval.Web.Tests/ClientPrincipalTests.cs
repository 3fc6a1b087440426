using System.Text;
using Huizermaat.Approval.Web.Identity;

namespace Huizermaat.Approval.Web.Tests;

public sealed class ClientPrincipalTests
{
    [Fact]
    public void Reads_email_name_and_operator_role_from_the_easy_auth_header()
    {
        var header = Encode("""
            {"auth_typ":"aad","name_typ":"name","role_typ":"roles","claims":[
              {"typ":"preferred_username","val":"J.deVries@Huizermaat.nl"},{"typ":"name","val":"Jan de Vries"},
              {"typ":"roles","val":"staff"},{"typ":"roles","val":"operator"}]}
            """);

        var user = ClientPrincipal.Parse(header);

        Assert.Equal(new CurrentUser("j.devries@huizermaat.nl", "Jan de Vries", IsOperator: true), user);
    }

    [Fact]
    public void Staff_without_the_operator_role_are_not_operators()
    {
        var user = ClientPrincipal.Parse(Encode("""{"claims":[{"typ":"email","val":"a@huizermaat.nl"},{"typ":"roles","val":"staff"}]}"""));

        Assert.False(user!.IsOperator);
        Assert.Equal("a@huizermaat.nl", user.Name);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64!")]
    public void A_missing_or_malformed_header_is_nobody(string? header)
    {
        Assert.Null(ClientPrincipal.Parse(header));
    }

    [Theory]
    [InlineData("""{"claims":"none"}""")]
    [InlineData("""{"claims":[{"typ":"name","val":"No Mail"}]}""")]
    [InlineData("""[1,2,3]""")]
    public void A_principal_without_an_email_address_is_nobody(string json)
    {
        Assert.Null(ClientPrincipal.Parse(Encode(json)));
    }

    private static string Encode(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
}
