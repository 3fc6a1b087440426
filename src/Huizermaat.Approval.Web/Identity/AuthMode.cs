namespace Huizermaat.Approval.Web.Identity;

public enum AuthMode
{
    /// <summary>Nobody is signed in: only the anonymous link pages and the health endpoint work.</summary>
    None,

    /// <summary>Behind App Service Authentication (Easy Auth): trust the principal header the platform injects.</summary>
    EasyAuth,

    /// <summary>Development only: <c>/dev/login?as=…</c> signs in as a member of staff from the roster.</summary>
    Development,
}
