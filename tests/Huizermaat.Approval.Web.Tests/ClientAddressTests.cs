using System.Net;
using Microsoft.AspNetCore.Http;

namespace Huizermaat.Approval.Web.Tests;

/// <summary>Rate limits count the real client: the front end's forwarding header is believed only from the front end.</summary>
public sealed class ClientAddressTests
{
    [Theory]
    [InlineData("127.0.0.1", "203.0.113.7:54321", "203.0.113.7")]
    [InlineData("127.0.0.1", "203.0.113.7", "203.0.113.7")]
    [InlineData("::1", "[2001:db8::7]:443", "2001:db8::7")]
    [InlineData("127.0.0.1", "198.51.100.66, 203.0.113.7:54321", "203.0.113.7")]
    [InlineData("127.0.0.1", "", "127.0.0.1")]
    [InlineData("127.0.0.1", "not an address", "127.0.0.1")]
    [InlineData("198.51.100.1", "203.0.113.7", "198.51.100.1")]
    public void The_client_is_the_front_ends_last_forwarded_address_or_the_connection(string connection, string forwarded, string client)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(connection);
        if (forwarded.Length > 0)
        {
            context.Request.Headers["X-Forwarded-For"] = forwarded;
        }

        Assert.Equal(client, ClientAddress.Of(context.Request));
    }
}
