using Huizermaat.Approval.People;

namespace Huizermaat.Approval.Web.Identity;

/// <summary>The sign-in page: how this server signs people in, where to return, and (Development) whom one can be.</summary>
/// <param name="Staff">Development only: the roster's staff with an e-mail address, to sign in as.</param>
/// <param name="Problem">In Dutch, why the last attempt failed; null for a plain sign-in page.</param>
public sealed record SignInModel(AuthMode Mode, string ReturnTo, IReadOnlyList<Person> Staff, string? Problem);
