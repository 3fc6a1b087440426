using System.Diagnostics;
using System.Globalization;

namespace Huizermaat.Approval.Tests.Fuzzing;

/// <summary>
/// Runs a seeded fuzz loop: each case's input comes from its own <see cref="Random"/> seeded with the run's seed and the
/// case number, so one failing case is replayed alone from the two numbers the failure names. <c>FUZZ_SEED</c> and
/// <c>FUZZ_CASES</c> change the seed and the number of cases (for a longer run by hand); the defaults keep the normal
/// test run to a second or two. The bounds on time and allocation are generous: they catch a hang or an input whose
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
    /// <remarks>Allocations are counted on the test's thread: an input whose work moved to another thread is not weighed.</remarks>
    public static async Task RunAsync<TInput>(
        int cases,
        Func<Random, TInput> generate,
        Func<TInput, Task> target,
        Type[] documented,
        Func<TInput, string> describe,
        TimeSpan? timeLimit = null,
        long allocationLimit = 256L * 1024 * 1024)
    {
        var limit = timeLimit ?? TimeSpan.FromSeconds(5);
        for (var i = 0; i < cases; i++)
        {
            var input = generate(new Random(HashCode.Combine(Seed, i)));
            var thread = Environment.CurrentManagedThreadId;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
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
                Assert.Fail($"Case {i} of seed {Seed} ({Replay(i)}) threw {e.GetType().Name}: {e.Message}\ninput: {describe(input)}\n{e}");
            }

            clock.Stop();
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            Assert.True(clock.Elapsed < limit, $"Case {i} of seed {Seed} ({Replay(i)}) took {clock.Elapsed.TotalSeconds:F1} s\ninput: {describe(input)}");
            Assert.True(thread != Environment.CurrentManagedThreadId || allocated < allocationLimit, $"Case {i} of seed {Seed} ({Replay(i)}) allocated {allocated / (1024 * 1024)} MB\ninput: {describe(input)}");
        }
    }

    private static string Replay(int i) => $"replay: FUZZ_SEED={Seed}, and the case is number {i} of the loop";

    /// <summary>A short, printable description of a text input: its length and its beginning with control characters escaped.</summary>
    public static string Describe(string text)
    {
        var head = text.Length <= 300 ? text : text[..300] + "…";
        return $"{text.Length} chars: \"{string.Concat(head.Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()))}\"";
    }
}
