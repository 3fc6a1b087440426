namespace Huizermaat.Approval.Checks;

/// <summary>
/// The match timeout of every pattern of the checks: a last guard only. Each pattern runs in time linear in the
/// text (bench/Huizermaat.Approval.Benchmarks measures the worst cases); a pattern that still ran this long would
/// throw <see cref="System.Text.RegularExpressions.RegexMatchTimeoutException"/> rather than stall the form.
/// </summary>
internal static class PatternTimeout
{
    public const int Milliseconds = 1_000;
}
