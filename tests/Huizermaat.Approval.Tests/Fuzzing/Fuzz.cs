using System.Globalization;

namespace Huizermaat.Approval.Tests.Fuzzing;

/// <summary>
/// Runs a seeded fuzz loop: each case's input comes from its own <see cref="Random"/> seeded with the run's seed and the
/// case number, so one failing case is replayed alone from the two numbers the failure names. <c>FUZZ_SEED</c> and
/// <c>FUZZ_CASES</c> change the seed and the number of cases (for a longer run by hand); the defaults keep the normal
/// test run to a few seconds. The bounds on time and allocation are generous: they catch a hang or an input whose
/// cost explodes, they are not performance targets (those live in bench/).
/// </summary>
internal static class Fuzz
{
    public static int Seed { get; } = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), CultureInfo.InvariantCulture, out var seed) ? seed : 20261201;

    public static int Cases(int defaultCount) =>
        int.TryParse(Environment.GetEnvironmentVariable("FUZZ_CASES"), CultureInfo.InvariantCulture, out var count) ? count : defaultCount;

    /// <summary>
    /// Runs <paramref name="target"/> on <paramref name="cases"/> inputs. An input may succeed or throw one of
    /// <paramref name="documented"/>; any other exception, more than <paramref name="timeLimit"/> on one input or more
    /// than <paramref name="allocationLimit"/> bytes allocated for one fails the test, naming the seed and the case.
    /// </summary>
    public static void Run<TInput>(
        int cases,
        Func<Random, TInput> generate,
        Action<TInput> target,
        Type[] documented,
        Func<TInput, string> describe,
        TimeSpan? timeLimit = null,
        long allocationLimit = 256L * 1024 * 1024) =>
        RunAsync(cases, generate, input => { target(input); return Task.CompletedTask; }, documented, describe, timeLimit, allocationLimit).GetAwaiter().GetResult();

    /// <inheritdoc cref="Run"/>
    /// <remarks>
    /// Each input starts on a thread of its own (a busy thread pool, as when every test project runs at once, cannot
    /// delay it) and is given up on after <paramref name="timeLimit"/>, 30 s by default: a hang fails the test, and the
    /// bound is far above what any input takes (milliseconds) however loaded the machine. Allocations are counted on the thread the work started on: work that moved to another thread after an
    /// await is not weighed.
    /// </remarks>
    public static async Task RunAsync<TInput>(
        int cases,
        Func<Random, TInput> generate,
        Func<TInput, Task> target,
        Type[] documented,
        Func<TInput, string> describe,
        TimeSpan? timeLimit = null,
        long allocationLimit = 256L * 1024 * 1024)
    {
        var limit = timeLimit ?? TimeSpan.FromSeconds(30);
        for (var i = 0; i < cases; i++)
        {
            var input = generate(CaseRandom(i));
            var work = Task.Factory.StartNew(async () =>
            {
                var thread = Environment.CurrentManagedThreadId;
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                Exception? unexpected = null;
                try
                {
                    await target(input);
                }
                catch (Exception e) when (documented.Any(t => t.IsInstanceOfType(e)))
                {
                    // A clear refusal.
                }
                catch (Exception e)
                {
                    unexpected = e;
                }

                return (Unexpected: unexpected, Allocated: thread == Environment.CurrentManagedThreadId ? GC.GetAllocatedBytesForCurrentThread() - allocated : 0);
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
            (Exception? Unexpected, long Allocated) outcome;
            try
            {
                outcome = await work.WaitAsync(limit);
            }
            catch (TimeoutException)
            {
                Assert.Fail($"Case {i} of seed {Seed} ({Replay(i)}) did not finish within {limit.TotalSeconds:F0} s\ninput: {describe(input)}");
                throw;
            }

            if (outcome.Unexpected is { } e)
            {
                Assert.Fail($"Case {i} of seed {Seed} ({Replay(i)}) threw {e.GetType().Name}: {e.Message}\ninput: {describe(input)}\n{e}");
            }

            Assert.True(outcome.Allocated < allocationLimit, $"Case {i} of seed {Seed} ({Replay(i)}) allocated {outcome.Allocated / (1024 * 1024)} MB\ninput: {describe(input)}");
        }
    }

    /// <summary>Case <paramref name="i"/>'s generator: the same in every process (unlike <see cref="HashCode"/>, which is randomised).</summary>
    private static Random CaseRandom(int i) => new(unchecked((Seed * 1_000_003) + i));

    private static string Replay(int i) => $"replay with FUZZ_SEED={Seed} FUZZ_CASES={i + 1}: the last case";

    /// <summary>A short, printable description of a text input: its length and its beginning with control characters escaped.</summary>
    public static string Describe(string text)
    {
        var head = text.Length <= 300 ? text : text[..300] + "…";
        return $"{text.Length} chars: \"{string.Concat(head.Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()))}\"";
    }
}
